from contextlib import contextmanager


@contextmanager
def opened(name):
    print("open", name)
    yield name
    print("close", name)


with opened("a.txt") as f:
    print("using", f)
with opened("b.txt") as f:
    raise KeyError(f)
