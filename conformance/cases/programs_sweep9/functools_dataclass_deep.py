import functools, dataclasses
from dataclasses import dataclass, field
class Shape:
    @functools.singledispatchmethod
    def scale(self, by): raise NotImplementedError(f"cannot scale by {type(by).__name__}")
    @scale.register
    def _(self, by: int): return f"int scale {by}"
    @scale.register
    def _(self, by: float): return f"float scale {by}"
    def area(self, w, h): return w * h
    square = functools.partialmethod(area, h=None)
    double = functools.partialmethod(area, 2)
s = Shape()
print(s.scale(2), s.scale(1.5), s.double(5))
try:
    s.scale("x")
except NotImplementedError as e:
    print(e)
try:
    s.square(3)
except TypeError as e:
    print(e)
try:
    @functools.total_ordering
    class OnlyEq:
        def __eq__(self, o): return True
except ValueError as e:
    print(e)
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(e)
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(e)
try:
    functools.reduce(1, [1, 2])
except TypeError as e:
    print(e)
k = functools.cmp_to_key(lambda a, b: len(a) - len(b))
print(sorted(["ccc", "a", "bb"], key=k), k("x") < k("yy"), type(k("x")).__name__)
p = functools.partial(print, "a", sep="-")
p2 = functools.partial(p, "b", end="!\n")
p2("c")
print(p2.func is print, p2.args, sorted(p2.keywords.items()))
@functools.lru_cache(maxsize=3, typed=True)
def ident(x): return x
ident(1); ident(1.0); ident(True); ident(1)
print(ident.cache_info(), ident.cache_parameters())
@dataclass
class Meta:
    x: int = field(default=0, metadata={"unit": "m"})
    y: list = field(default_factory=lambda: [1])
    z: int = field(default=5, repr=False, compare=False)
    w: int = field(default=1, hash=False)
m = Meta()
print(m, dataclasses.fields(m)[0].metadata["unit"], dataclasses.fields(m)[0].metadata, Meta.__match_args__, m == Meta(z=99))
f0 = dataclasses.fields(Meta)[0]
print(f0.name, f0.type, f0.default, f0.init, f0.repr, f0.kw_only, type(dataclasses.MISSING).__name__)
@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=7)
try:
    dataclasses.replace(NoInit(1), b=3)
except ValueError as e:
    print(e)
try:
    dataclasses.asdict(5)
except TypeError as e:
    print(e)
try:
    dataclasses.fields(int)
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class Fz:
    v: int
try:
    del Fz(1).v
except dataclasses.FrozenInstanceError as e:
    print(e)
try:
    @dataclass
    class Child(Fz):
        w: int = 0
except TypeError as e:
    print(e)
print(dataclasses.astuple(Meta(x=2, y=[(1, 2)])), dataclasses.asdict(Meta(), dict_factory=list))
