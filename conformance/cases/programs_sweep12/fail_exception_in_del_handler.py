class Resource:
    opened = []

    def __init__(self, name):
        self.name = name
        Resource.opened.append(name)

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, "after", exc[0].__name__ if exc[0] else "success")
        Resource.opened.remove(self.name)
        if self.name == "db":
            raise ConnectionError("failed to flush db on close")


with Resource("cache") as c:
    print("using", c.name)
with Resource("log"), Resource("db") as d:
    print("using", d.name)
    raise TimeoutError("query took too long")
