# An ExitStack unwinds the contexts entered before one fails to enter.
class Conn:
    def __init__(self, name, ok=True):
        self.name, self.ok = name, ok

    def __enter__(self):
        if not self.ok:
            raise ConnectionError(f"{self.name} unreachable")
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else "")


class Pool:
    def __init__(self, conns):
        self.conns = conns

    def __enter__(self):
        self.entered = []
        try:
            for c in self.conns:
                self.entered.append(c.__enter__())
        except BaseException:
            for c in reversed(self.entered):
                c.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        for c in reversed(self.entered):
            c.__exit__(*exc)


with Pool([Conn("a"), Conn("b")]):
    print("working")
with Pool([Conn("c"), Conn("d", ok=False), Conn("e")]):
    print("never")
