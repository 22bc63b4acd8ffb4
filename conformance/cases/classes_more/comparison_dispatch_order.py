class Base:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f"Base.__eq__({type(self).__name__}, {type(o).__name__})")
        return NotImplemented
    def __lt__(self, o):
        print(f"Base.__lt__({type(self).__name__}, {type(o).__name__})")
        return NotImplemented
    def __gt__(self, o):
        print(f"Base.__gt__({type(self).__name__}, {type(o).__name__})")
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print(f"Derived.__eq__({type(self).__name__}, {type(o).__name__})")
        return self.v == o.v
    def __gt__(self, o):
        print(f"Derived.__gt__")
        return self.v > o.v
b, d = Base(1), Derived(1)
print(b == d)
print(d == b)
print(b < d)
try: print(b > b)
except TypeError as e: print(e)
print(b == b, b != b, b == 1)
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __le__(self, o): return self.t <= o.t
    def __repr__(self): return ".".join(map(str, self.t))
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1")]
print(sorted(vs), min(vs), max(vs))
print(Ver("1.0") > Ver("0.9"), Ver("1.0") >= Ver("1.0"))
print(1 < 2 < 3, 1 < 3 < 2, (1, 2) < (1, 3), [1, [2]] == [1, [2]], (1, "a") < (1, "b"))
try: (1, "a") < (1, 2)
except TypeError as e: print(e)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n], (n,) == (n,))
class AlwaysEq:
    def __eq__(self, o): return True
print([AlwaysEq()] == [1], AlwaysEq() in [1, 2], [1, 2].index(AlwaysEq()), [1,2].count(AlwaysEq()))
print({1: 2} == {1: 2.0}, {1, 2} == frozenset({1, 2}), {1, 2} <= {1, 2, 3}, {1} < {1})
print(1 == 1.0, hash(1) == hash(1.0), True == 1, {True: "a", 1: "b", 1.0: "c"})
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1), Ord(2)]), max([Ord(3), Ord(5)]), min(Ord(2), Ord(1)))
try: Ord(1) <= Ord(2)
except TypeError as e: print(e)
print(Ord(1) > Ord(0))
print(sorted([(1, Ord(2)), (0, Ord(9))]))
import math
print(math.inf > 10**400, -math.inf < -10**400, 10**400 > 1e308, 2**53 + 1 == float(2**53 + 1))
