class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("open", self.name); return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None, ev)
        return False
with Resource("a") as a, Resource("b") as b:
    print("using", a.name, b.name)
    values = [1, 2, 3]
    print(values[len(values)])
