class Lock:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        if self.name == "busy":
            raise RuntimeError(f"lock {self.name} is held")
        return self
    def __exit__(self, *exc):
        return False

with Lock("free"):
    print("got free")
with Lock("free") as a, Lock("busy") as b:
    print("never")
