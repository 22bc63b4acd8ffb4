class MyList:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(MyList[int], MyList["x"])
class Lst(list): pass
print(Lst[int], list[int], dict[str, int], type(list[int]).__name__)
class Desc:
    def __get__(self, o, t=None): return "get"
    def __set__(self, o, v): print("set", v)
    def __delete__(self, o): print("delete")
class H:
    d = Desc()
h = H(); h.d = 1; del h.d; print(h.d)
class PropErr:
    @property
    def value(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"getattr({name})"
print(PropErr().value)
class MyInt(int):
    def __radd__(self, o): return f"MyInt.radd({o})"
    def __add__(self, o): return f"MyInt.add({o})"
print(1 + MyInt(2), MyInt(2) + 1, sum([MyInt(1)]) if False else "")
class MyFloat(float):
    def __rmul__(self, o): return "rmul"
print(2.0 * MyFloat(3), 2 * MyFloat(3))
class Eq1:
    def __eq__(self, o): print("Eq1.eq"); return NotImplemented
class Eq2(Eq1):
    def __eq__(self, o): print("Eq2.eq"); return NotImplemented
print(Eq1() == Eq2())
class Base:
    def __hash__(self): return 1
class Child(Base):
    def __eq__(self, o): return True
print(Child.__hash__ is None, Base.__hash__ is not None)
import functools
class Data:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def heavy(self):
        self.calls += 1
        return 42
d = Data(); print(d.heavy, d.heavy, d.calls, "heavy" in vars(d))
del d.heavy
print(d.heavy, d.calls)
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        "wrapper doc"
        return f(*a, **k)
    return w
@deco
def target(x):
    "target doc"
    return x
print(target.__name__, target.__doc__, target.__wrapped__.__name__, target(5), target.__qualname__)
import abc
class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    @property
    def area(self): return self.s ** 2
try:
    Sq(2)
except TypeError as e:
    print("TypeError", e)
class Sq2(Sq):
    def name(self): return "sq"
print(Sq2(3).area, Sq2(3).name(), isinstance(Sq2(1), Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Ordered:
    def __init__(self, *v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ordered(2), Ordered(1, 5), Ordered(1)]))
print(Ordered(1) > Ordered(0))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError", e)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return f"Num({self.v})"
print(sum([Num(1), Num(2)]), 5 + Num(1), Num(1) + Num(2))
class Chain:
    def __init__(self): self.ops = []
    def __getattr__(self, n):
        self.ops.append(n)
        return self
    def __call__(self, *a):
        self.ops.append(a)
        return self
print(Chain().a.b(1).c.ops)
class Frozen:
    __slots__ = ("a",)
    def __init__(self, a): object.__setattr__(self, "a", a)
    def __setattr__(self, k, v): raise AttributeError(f"cannot set {k}")
f = Frozen(1)
try:
    f.a = 2
except AttributeError as e:
    print("AttributeError", e, f.a)
class CM(classmethod): pass
class UseCM:
    @CM
    def m(cls): return cls.__name__
print(UseCM.m())
class CP:
    @classmethod
    @property
    def cprop(cls): return f"class prop of {cls.__name__}"
print(CP.cprop)
