# What the generated __eq__, ordering and __hash__ do, step by step, as
# CPython's tuple comparisons do it: every field of self is read, then
# every field of other; then the first pair that is not identical and not
# equal decides; the hash is the hash of the tuple of the fields.
from dataclasses import dataclass, field, make_dataclass


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  eq {self.v}=={other.v}")
        return self.v == other.v

    def __lt__(self, other):
        print(f"  lt {self.v}<{other.v}")
        return self.v < other.v

    def __hash__(self):
        print(f"  hash {self.v}")
        return hash(self.v)


@dataclass(order=True, frozen=True)
class Pair:
    a: object
    b: object

    def __getattribute__(self, name):
        if name in ("a", "b"):
            print(f"  read {name} of {object.__getattribute__(self, 'tag')}")
        return object.__getattribute__(self, name)

    @property
    def tag(self):
        return "P" + str(object.__getattribute__(self, "b").v)


p, q = Pair(Loud(1), Loud(2)), Pair(Loud(1), Loud(3))
print("p < q:")
print(p < q)
print("p == q:")
print(p == q)
print("p >= p:")
print(p >= p)
print("hash:")
print(hash(p) == hash((p.a, p.b)))

nan = float("nan")


@dataclass(frozen=True)
class N:
    x: float


print(N(nan) == N(nan), N(float("nan")) == N(float("nan")), N(1.0) == N(1))
print(hash(N(1.5)), hash(N(-1)) == hash((-1,)), hash(N(2**70)) == hash((2**70,)))

Wide = make_dataclass("Wide", [f"f{i}" for i in range(12)], order=True, frozen=True)
w1 = Wide(*range(12))
w2 = Wide(*range(11), 99)
print(w1 < w2, w1 == Wide(*range(12)), hash(w1) == hash(tuple(range(12))))
print(sorted([w2, w1]) == [w1, w2])


@dataclass(order=True)
class Mixed:
    key: object
    rest: list = field(default_factory=list)


print(Mixed(1, [1]) < Mixed(1, [2]), Mixed("a") <= Mixed("a"), Mixed(1) != Mixed(1.0))
try:
    Mixed(1) < Mixed("1")
except TypeError as exc:
    print("TypeError", exc)


@dataclass(frozen=True)
class Holder:
    items: list


try:
    hash(Holder([1]))
except TypeError as exc:
    print("TypeError", exc)
