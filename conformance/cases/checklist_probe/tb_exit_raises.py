class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.name == "bad":
            raise KeyError(self.name)
        return False

with CM("a"):
    print("body a")
with CM("outer"), CM("bad"):
    raise ValueError("inner failure")
