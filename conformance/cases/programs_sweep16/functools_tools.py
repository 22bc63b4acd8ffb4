import functools
from functools import reduce, partial, wraps, total_ordering, singledispatch, cached_property, lru_cache
import operator

print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
print(sq(7), sq(7, mod=5), sq.func.__name__, sq.args, sq.keywords)
cube = partial(partial(power, exp=3), mod=1000)
print(cube(12), cube.keywords)
print(repr(partial(max, 1, key=abs)).split(" at ")[0][:40])

def log_calls(fn):
    @wraps(fn)
    def wrapper(*a, **kw):
        """wrapper doc"""
        r = fn(*a, **kw)
        print(f"{fn.__name__}{a} -> {r}")
        return r
    return wrapper

@log_calls
def add(x, y):
    """Add two numbers."""
    return x + y
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0"), Version("2.0") > Version("1.9"), Version("1.0") <= Version("0.1"))

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}: " + ", ".join(describe(e) for e in x)
@describe.register(str)
def _(x):
    return f"str {x!r}"
print(describe(5), describe(True), describe("hi"), describe([1, "a", 2.5]), describe(None))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

class Dataset:
    def __init__(self, data):
        self.data = data
        self.calls = 0
    @cached_property
    def stats(self):
        self.calls += 1
        return (min(self.data), max(self.data), sum(self.data) / len(self.data))
ds = Dataset([3, 1, 4, 1, 5])
print(ds.stats, ds.stats, ds.calls, "stats" in ds.__dict__)
del ds.stats
print(ds.stats, ds.calls)

@lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.cache
def sq2(n):
    return n * n
print([sq2(i % 3) for i in range(6)], sq2.cache_info())
print(type(functools.cmp_to_key(lambda a, b: 0)).__name__)
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: -1 if a.lower() < b.lower() else 1)))

class Cls:
    @functools.singledispatchmethod
    def handle(self, arg):
        return "generic"
    @handle.register
    def _(self, arg: int):
        return "int"
print(Cls().handle(1), Cls().handle("x"))
pm = functools.partialmethod
class Cell:
    def set_state(self, state): self.state = state
    set_alive = pm(set_state, True)
c = Cell(); c.set_alive(); print(c.state)
