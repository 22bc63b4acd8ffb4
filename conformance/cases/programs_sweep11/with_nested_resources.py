class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        if self.fail_on_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return False


with Resource("a") as a, Resource("b") as b:
    print("body", a.name, b.name, Resource.opened)
try:
    with Resource("x"), Resource("y", fail_on_exit=True), Resource("z"):
        raise ValueError("inner")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))
print(Resource.opened)
try:
    with Resource("p") as p:
        with Resource("q"):
            1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
with (
    Resource("m") as m,
    Resource("n") as n,
):
    print(m.name + n.name)
