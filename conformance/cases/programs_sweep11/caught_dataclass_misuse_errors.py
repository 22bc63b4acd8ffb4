from dataclasses import dataclass, field, replace, InitVar, fields, asdict, astuple, FrozenInstanceError
import dataclasses
def attempt(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
@dataclass
class A:
    x: int
    y: int = field(init=False, default=0)
    z: InitVar[int] = 5
    def __post_init__(self, z):
        self.y = z * 2
attempt(lambda: A(1))
attempt(lambda: replace(A(1), y=3))
attempt(lambda: replace(A(1), z=4))
attempt(lambda: replace(A(1)))
attempt(lambda: replace(A(1), w=1))
def bad_order():
    @dataclass(order=True, eq=False)
    class B:
        x: int
attempt(bad_order)
def frozen_mix():
    @dataclass(frozen=True)
    class F:
        x: int
    @dataclass
    class G(F):
        y: int
attempt(frozen_mix)
def frozen_mix2():
    @dataclass
    class F:
        x: int
    @dataclass(frozen=True)
    class G(F):
        y: int
attempt(frozen_mix2)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1); n.children.append(n)
attempt(lambda: repr(n)[:60])
attempt(lambda: asdict(Node(1, [Node(2)])))
attempt(lambda: astuple(Node(1, [Node(2)])))
attempt(lambda: asdict(5))
attempt(lambda: fields(5))
attempt(lambda: A(1) == A(1))
attempt(lambda: A(1) < A(2))
@dataclass(slots=True)
class S:
    a: int
    b: list = field(default_factory=list)
attempt(lambda: (S(1), S.__slots__, hasattr(S(1), "__dict__")))
attempt(lambda: setattr(S(1), "c", 3))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
attempt(lambda: K(1))
attempt(lambda: K(a=1))
@dataclass
class M:
    a: int = field(kw_only=True, default=0)
    b: int = 1
attempt(lambda: M(5))
attempt(lambda: dataclasses.make_dataclass("Z", [("a", int), "b"], bases=(), frozen=True)(1, 2))
attempt(lambda: M.__dataclass_fields__["a"].kw_only)
@dataclass(frozen=True)
class Fz:
    v: list
attempt(lambda: hash(Fz([1])))
attempt(lambda: delattr(Fz([1]), "v"))
