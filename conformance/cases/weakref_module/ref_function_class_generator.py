# Weak references to functions, classes, generators and sets.
import weakref


def make():
    def inner():
        return 42
    return inner


fn = make()
rf = weakref.ref(fn, lambda r: print("function died"))
print(rf()())
del fn


def make_class():
    class Local:
        pass
    return Local


cls = make_class()
rc = weakref.ref(cls)
inst = cls()
del cls
print(rc() is type(inst), rc().__name__)


def counter():
    yield 1
    yield 2


g = counter()
rg = weakref.ref(g, lambda r: print("generator died"))
print(next(g))
g = None
s = {1, 2}
rs = weakref.ref(s, lambda r: print("set died"))
fs = frozenset(s)
rfs = weakref.ref(fs)
del s
print(rs() is None, rfs() == {1, 2})
