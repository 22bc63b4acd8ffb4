# ref can be subclassed, with extra attributes and constructor arguments.
import weakref


class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, tag, callback=None):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self

    def __init__(self, ob, tag, callback=None):
        super().__init__(ob, callback)


class Free(weakref.ref):
    pass


class C:
    pass


c = C()
t = Tagged(c, "main", lambda r: print("dead:", r.tag))
f = Free(c)
f.note = "attribute in a dict"
print(type(t).__name__, t.tag, t() is c, isinstance(t, weakref.ref))
print(f.note, f() is c, f is not weakref.ref(c))
print(weakref.getweakrefcount(c))
del c
print(t() is None, f() is None)
print(issubclass(Tagged, weakref.ReferenceType))
