# dir() and getattr agree: every name dir() lists on everyday objects can
# be read, object.__getstate__ and object.__dir__ behave as CPython's, and
# an instance of a built-in type reads its type's __doc__.
import collections
import fractions
import math


class Plain:
    def __init__(self):
        self.x = 1


class Slotted:
    __slots__ = ("p", "__q")


class Both(Slotted):
    pass


class Extra:
    def __dir__(self):
        return super().__dir__() + ["virtual"]


class Keeps:
    def __init__(self):
        self.a = 1
        self.secret = 2

    def __getstate__(self):
        state = super().__getstate__().copy()
        del state["secret"]
        return state


objects = [1, 2.5, "s", b"b", [1], (1,), {1: 2}, {1}, range(3), None, Plain(), Plain,
           ValueError("v"), collections.Counter("ab"), fractions.Fraction(1, 3), math]
for obj in objects:
    missing = []
    for name in dir(obj):
        try:
            getattr(obj, name)
        except AttributeError:
            missing.append(name)
    print(type(obj).__name__, missing)

p = Plain()
print(p.__getstate__(), p.__getstate__() is p.__dict__, Plain().__dict__ == {})
print(object().__getstate__(), [].__getstate__(), (1).__getstate__())
s = Slotted()
print(s.__getstate__())
s.p = 1
s._Slotted__q = 2
print(s.__getstate__())
b = Both()
b.p = 3
b.z = 4
print(b.__getstate__())
print(Keeps().__getstate__())
err = ValueError("v")
print(err.__getstate__(), end=" ")
err.code = 7
print(err.__getstate__())
try:
    Plain.__getstate__()
except TypeError as e:
    print("TypeError", e)
print(sorted(p.__dir__()) == dir(p), type(p.__dir__()).__name__)
print("virtual" in dir(Extra()), "__init__" in dir(Extra()))
try:
    Plain.__dir__()
except TypeError as e:
    print("TypeError", e)
print((1).__doc__ == int.__doc__, [].__doc__ == list.__doc__)
print([n for n in dir(math) if n[0] != "_" and callable(getattr(math, n))][:5])
print(len([n for n in dir(p) if callable(getattr(p, n))]))
