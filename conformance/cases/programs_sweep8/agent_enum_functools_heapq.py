from enum import Enum, IntEnum, Flag, auto
from functools import lru_cache, cache, reduce, partial, total_ordering, wraps
import operator, heapq, bisect
class Color(Enum):
    RED = "r"; GREEN = "g"; BLUE = "b"
    @property
    def pretty(self): return self.name.title()
    @classmethod
    def parse(cls, s):
        for c in cls:
            if c.value == s: return c
        raise ValueError(f"{s!r} is not a color")
class Perm(Flag):
    R = 4; W = 2; X = 1
class Pri(IntEnum):
    LOW = 1; HIGH = 3
print(Color.RED, repr(Color.GREEN), Color("b"), Color.parse("g").pretty, [c.name for c in Color])
print(Perm.R | Perm.W, Perm(6), Perm.R in Perm(5), repr(Perm(7)), Perm(0))
print(Pri.HIGH > Pri.LOW, Pri.HIGH + 1, sorted([Pri.HIGH, Pri.LOW]), f"{Pri.LOW}", str(Pri.LOW))
try:
    Color("x")
except ValueError as e:
    print("ValueError", e)
print(Color.RED is Color["RED"], Color.RED == "r", hash(Color.RED) == hash(Color.RED))
@lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info())
@cache
def lcs(a, b):
    if not a or not b: return ""
    if a[0] == b[0]: return a[0] + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]), key=len)
print(lcs("AGGTABQX", "GXTXAYBQ"))
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + b, [], "init"))
p = partial(int, base=2); print(p("1011"), p.keywords, p.args)
@total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return "Ver(" + ".".join(map(str, self.t)) + ")"
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1")]
print(sorted(vs), max(vs), Ver("1.0") >= Ver("0.9"), Ver("2") <= Ver("1"))
def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        r = fn(*a, **k); print(f"{fn.__name__}{a} -> {r}"); return r
    return inner
@logged
def add(a, b):
    "adds"
    return a + b
add(2, 3); print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
h = []
for w, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(h, (w, name))
print([heapq.heappop(h) for _ in range(len(h))], heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(2, "hello"))
a = [1, 3, 3, 7]; print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 8))
bisect.insort(a, 4); print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
