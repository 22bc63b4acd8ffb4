# Attribute and method sites that warm up, then see the class change: class
# attributes added and deleted, a data descriptor added later that takes
# precedence over the instance dict, a class attribute rebound in place to a
# property, methods replaced, shadowed by the instance, and hooks added.


class C:
    limit = 10

    def __init__(self):
        self.v = 1

    def get(self):
        return "get"


def reads(o, n):
    return [o.v for _ in range(n)]


def limits(o, n):
    return [o.limit for _ in range(n)]


c = C()
print(reads(c, 3), limits(c, 3))

# A class attribute of the same name: the instance still wins.
C.v = "class v"
print(reads(c, 2))
del c.v
print(reads(c, 2))
c.v = 2

# A property added to the class after warm-up: a data descriptor wins over
# the instance dict.
C.v = property(lambda self: "property v")
print(reads(c, 2), c.__dict__)
del C.v
print(reads(c, 2))

# Rebound in place (the name stays in the namespace): int -> property.
C.limit = 11
print(limits(c, 2))
C.limit = property(lambda self: "limit property")
print(limits(c, 2))
C.limit = 12
print(limits(c, 2))
c.limit = "instance limit"
print(limits(c, 2))
C.limit = property(lambda self: "limit property again")
print(limits(c, 2))
del C.limit
print(limits(c, 2))


# Rebound in place to an instance of a class with __set__ (a data
# descriptor of the user's own).
class Desc:
    def __get__(self, obj, owner):
        return "desc get"

    def __set__(self, obj, value):
        print("desc set", value)


class D:
    a = 0


d = D()
d.a = 5
print([d.a for _ in range(3)])
D.a = Desc()
print([d.a for _ in range(2)])
d.a = 6
print(d.__dict__)


# A non-data descriptor class gains __set__ later.
class NonData:
    def __get__(self, obj, owner):
        return "nondata get"


class E:
    n = NonData()


e = E()
e.__dict__["n"] = "instance n"
print([e.n for _ in range(3)])
NonData.__set__ = lambda self, obj, value: print("late set", value)
print([e.n for _ in range(2)])
e.n = 3

# Methods: replaced on the class, shadowed by the instance, deleted.
def calls(o, n):
    out = []
    for _ in range(n):
        try:
            out.append(o.get())
        except AttributeError as err:
            out.append("AttributeError: " + str(err))
        except TypeError as err:
            out.append("TypeError: " + str(err))
    return out


print(calls(c, 3))
C.get = lambda self: "replaced"
print(calls(c, 2))
c.get = lambda: "instance get"
print(calls(c, 2))
del c.get
print(calls(c, 2))
C.get = staticmethod(lambda: "static get")
print(calls(c, 2))
C.get = classmethod(lambda cls: "class get " + cls.__name__)
print(calls(c, 2))
C.get = 42
print(calls(c, 1))
del C.get
print(calls(c, 1))


# Hooks added after warm-up.
class H:
    def __init__(self):
        self.a = 1

    def m(self):
        return "m"


h = H()
print([h.a for _ in range(3)], [h.m() for _ in range(3)])
H.__getattribute__ = lambda self, name: "intercepted " + name
print([h.a for _ in range(2)])
try:
    print([h.m() for _ in range(2)])
except TypeError as err:
    print("TypeError:", err)
del H.__getattribute__
print([h.a for _ in range(2)], [h.m() for _ in range(2)])
H.__getattr__ = lambda self, name: "fallback " + name
print([h.zz for _ in range(2)], [h.a for _ in range(2)])


def store(o, n):
    for i in range(n):
        o.a = i
    return o.__dict__.get("a")


print(store(h, 5))
H.__setattr__ = lambda self, name, value: print("setattr", name, value)
print(store(h, 2))
del H.__setattr__
print(store(h, 3))
H.a = property(lambda self: "prop a", lambda self, v: print("prop set", v))
print(store(h, 2), h.a)
