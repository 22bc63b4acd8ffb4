# Warm LOAD_ATTR/STORE_ATTR sites on __slots__ members: set, unset and
# deleted fields, hooks added to the class later, members rebound on the
# class, subclasses and a polymorphic site.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


ps = [P(i, -i) for i in range(50)]
print(sum(get_x(p) for p in ps))
for p in ps:
    set_x(p, p.y * 2)
print(sum(get_x(p) for p in ps))

p = P(1, 2)
del p.x
for attempt in range(3):
    try:
        get_x(p)
    except AttributeError as e:
        print("AttributeError:", e)
set_x(p, "back")
print(get_x(p))


class Q(P):
    __slots__ = ("z",)

    def __init__(self):
        super().__init__("qx", "qy")
        self.z = "qz"


class R(P):
    pass  # instances also get a __dict__


r = R(7, 8)
r.w = 9
mixed = [P(1, 1), Q(), r, P(2, 2), Q(), r] * 5
print([get_x(o) for o in mixed][:6], r.__dict__)


class H:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


def get_a(o):
    return o.a


def set_a(o, v):
    o.a = v


h = H()
print([get_a(h) for _ in range(3)])
H.__getattribute__ = lambda self, name: f"hooked {name}"
print(get_a(h))
del H.__getattribute__
print(get_a(h))
log = []
H.__setattr__ = lambda self, name, value: log.append((name, value))
set_a(h, 5)
print(log, get_a(h))
del H.__setattr__
set_a(h, 6)
print(get_a(h))


class G:
    __slots__ = ("v",)

    def __getattr__(self, name):
        return f"fallback {name}"


g = G()
get_v = lambda o: o.v
print([get_v(g) for _ in range(2)])
g.v = "set"
print([get_v(g) for _ in range(2)])


# Rebinding the member on the class: another class's member descriptor, a
# plain value, then the original again.
class A:
    __slots__ = ("m",)


class B:
    __slots__ = ("pad1", "pad2", "pad3", "n")


member_m = A.m
a = A()
a.m = "am"


def get_m(o):
    return o.m


print([get_m(a) for _ in range(3)])
A.m = B.n
try:
    print(get_m(a))
except TypeError as e:
    print("TypeError:", e)
A.m = "plain class attribute"
print(get_m(a))
A.m = member_m
print(get_m(a))
