from dataclasses import dataclass, field, InitVar, fields, KW_ONLY
from typing import ClassVar, Generic, TypeVar, Iterator
from functools import cached_property, singledispatch, singledispatchmethod
from enum import Enum, StrEnum, IntFlag, unique, auto
import contextlib, io
T = TypeVar("T")
class Plugin:
    registry: dict[str, type] = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
class CsvPlugin(Plugin, name="csv"): pass
class JsonPlugin(Plugin): pass
print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name; self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.owner}.{self.name[1:]} must be {self.kind.__name__}, got {type(v).__name__}")
        setattr(obj, self.name, v)
class Person:
    age = Typed(int); name = Typed(str)
    def __init__(self, name, age): self.name = name; self.age = age
p = Person("ann", 3); print(p.name, p.age, Person.age.name, vars(p))
try: p.age = "old"
except TypeError as e: print("TypeError", e)
class Stack(Generic[T]):
    def __init__(self) -> None: self._items: list[T] = []
    def push(self, x: T) -> None: self._items.append(x)
    def pop(self) -> T: return self._items.pop()
    def __iter__(self) -> Iterator[T]: return reversed(self._items)
s: Stack[int] = Stack[int](); s.push(1); s.push(2); print(list(s), s.pop(), Stack[int].__name__ if hasattr(Stack[int], "__name__") else "alias")
@dataclass
class Cfg:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = field(default=1, metadata={"unit": "lvl"})
    seed: InitVar[int] = 0
    count: ClassVar[int] = 0
    def __post_init__(self, seed):
        Cfg.count += 1; self.level += seed
print(Cfg("x", debug=True, seed=5), [f.name for f in fields(Cfg)], Cfg.count, fields(Cfg)[2].metadata["unit"])
try: Cfg("x", True)
except TypeError as e: print("TypeError", e)
@dataclass(slots=True, frozen=True)
class Pt:
    x: int; y: int = 0
print(Pt(1), Pt.__slots__, Pt(1, 2) == Pt(1, 2), {Pt(1): "a"}[Pt(1)])
@dataclass
class Base: a: int = 1
@dataclass
class Derived(Base): b: int = 2
print(Derived(), Derived(5, 6), issubclass(Derived, Base))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self): print("computing"); return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area); del c.area; print(c.area)
@singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return "list " + ", ".join(show(i) for i in x)
print(show(1), show("s"), show([1, "a"]), show(True))
class Fmt:
    @singledispatchmethod
    def f(self, x): return "any"
    @f.register
    def _(self, x: float): return "float"
print(Fmt().f(1.0), Fmt().f(1))
class Lvl(StrEnum):
    LOW = auto(); HIGH = "hi"
print(Lvl.LOW, Lvl.HIGH + "!", Lvl("low"), f"{Lvl.HIGH}", repr(Lvl.LOW))
class P(IntFlag):
    R = 4; W = 2; X = 1
print(P.R | P.X, P(7), repr(P.R | P.W), int(P.R | P.W), P.R | 8, ~P.R)
try:
    @unique
    class Dup(Enum):
        A = 1; B = 1
except ValueError as e: print("ValueError", e)
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6); MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius): self.mass = mass; self.radius = radius
    @property
    def g(self): return 6.673e-11 * self.mass / self.radius ** 2
    def __str__(self): return self.name.capitalize()
print([f"{p}: {p.g:.2f}" for p in Planet], Planet.MARS.value)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>"); 
    try: yield name.upper()
    finally: print(f"</{name}>")
with tag("a") as t1, tag("b"): print("body", t1)
with contextlib.suppress(KeyError, ZeroDivisionError): 1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print("captured", 42)
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in "xy": stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("inside stack")
with contextlib.nullcontext(5) as v: print(v)
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()): print("using")
