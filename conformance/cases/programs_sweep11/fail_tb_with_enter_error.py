class Lock:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        if self.name == "busy":
            raise RuntimeError(f"lock {self.name} is held")
        return self

    def __exit__(self, *exc):
        print("released", self.name)


with Lock("free") as l:
    print("got", l.name)
with Lock("busy"):
    print("never")
