# The generated __init__ over every way of calling it: all fields
# positional (stored directly), keywords, defaults and factories, InitVar,
# init=False fields, frozen classes, and the argument errors.
from dataclasses import dataclass, field, InitVar, FrozenInstanceError


@dataclass
class Plain:
    a: int
    b: str

    def __post_init__(self):
        print("post_init", self.a, self.b)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: int


@dataclass
class Mixed:
    name: str
    count: int = 0
    tags: list = field(default_factory=list)
    total: float = field(init=False, default=0.0)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.total = self.count * scale


@dataclass
class Setter:
    v: int

    def __setattr__(self, key, value):
        print("setattr", key, value)
        object.__setattr__(self, key, value)


print(Plain(1, "x"), Plain(b="y", a=2))
f = Frozen(3, 4)
print(f, hash(f) == hash(Frozen(3, 4)))
try:
    f.x = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(Mixed("a"), Mixed("b", 2, ["t"], 5), Mixed("c", count=3, scale=10).total)
print(Setter(7))
for call in [lambda: Plain(1), lambda: Plain(1, "x", 2), lambda: Plain(1, a=2),
             lambda: Plain(1, c=3), lambda: Frozen(), lambda: Mixed()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
