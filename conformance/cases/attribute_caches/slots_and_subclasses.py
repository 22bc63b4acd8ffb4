# Sites that see __slots__ instances, subclasses and many types (a
# polymorphic site), including types that define the attribute in
# different ways.


class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


s = S(3)
print([s.x for _ in range(3)], [s.get() for _ in range(3)])
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)
del s.x
try:
    s.get()
except AttributeError as e:
    print("AttributeError:", e)


class SD(S):
    pass  # gets a __dict__


sd = SD(4)
sd.z = 9
print(sd.x, sd.z, sd.__dict__)


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def who(self):
        return "Base"


class Sub(Base):
    def who(self):
        return "Sub"


class SubProp(Base):
    @property
    def v(self):
        return "prop"

    @v.setter
    def v(self, value):
        self._v = value


class SubSlots(Base):
    __slots__ = ("w",)


class SubGetattr(Base):
    def __getattr__(self, name):
        return "getattr " + name


class WithKind:
    def __init__(self):
        self.kind = "instance kind"
        self.v = "with kind v"

    def who(self):
        return "WithKind"


objs = [Base(1), Sub(2), SubProp(3), SubSlots(4), SubGetattr(5), WithKind(), Base(6)]
for _ in range(3):
    print([o.v for o in objs])
    print([o.who() for o in objs])
    print([o.kind for o in objs])
print([getattr(o, "_v", None) for o in objs])


def set_all(value):
    for o in objs:
        o.v = value


for i in range(3):
    set_all(i)
print([o.__dict__ for o in objs if hasattr(o, "__dict__")])

# Subclass changes shadow the base after warm-up.
b, sub = Base(1), Sub(1)
print([x.kind for x in (b, sub) for _ in range(2)])
Sub.kind = "sub kind"
print([x.kind for x in (b, sub) for _ in range(2)])
Base.kind = "new base kind"
print([x.kind for x in (b, sub) for _ in range(2)])
del Sub.kind
print([x.kind for x in (b, sub) for _ in range(2)])
Base.who = lambda self: "patched Base"
print([x.who() for x in (b, sub) for _ in range(2)])
del Sub.who
print([x.who() for x in (b, sub) for _ in range(2)])


# Many types at one site, created in a loop.
def make(i):
    class T:
        def __init__(self):
            self.n = i

        def twice(self):
            return self.n * 2

    return T()


many = [make(i) for i in range(40)]
for _ in range(3):
    print(sum(m.n for m in many), sum(m.twice() for m in many))

# Built-in types and user types at one method site.
class MyList(list):
    def append(self, x):
        list.append(self, x * 10)


targets = [[], MyList(), [], MyList()]
for i in range(3):
    for t in targets:
        t.append(i)
print(targets)
class NoAppend:
    pass


na = NoAppend()
na.append = lambda x: print("instance append", x)
targets.append(na)
for t in targets:
    t.append(7)
print(targets[:4])
