class Lock:
    held = set()

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        if self.name in Lock.held:
            raise RuntimeError(f"deadlock: {self.name} already held")
        Lock.held.add(self.name)
        print("acquired", self.name)
        return self

    def __exit__(self, *exc):
        Lock.held.discard(self.name)
        print("released", self.name)
        return False


with Lock("a"), Lock("b"):
    print("critical section", sorted(Lock.held))
with Lock("a"):
    with Lock("b"):
        with Lock("a"):
            print("never")
