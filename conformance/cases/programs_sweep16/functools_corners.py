import functools
from functools import singledispatch, reduce, partial, lru_cache, total_ordering, wraps, cached_property
from collections.abc import Sequence, Mapping
import collections

@singledispatch
def fmt(x):
    return f"?{type(x).__name__}"
@fmt.register
def _(x: int | float):
    return f"num:{x}"
@fmt.register
def _(x: Sequence):
    return "seq[" + ",".join(fmt(e) for e in x) + "]"
@fmt.register
def _(x: Mapping):
    return "map{" + ",".join(f"{k}={fmt(v)}" for k, v in x.items()) + "}"
@fmt.register(str)
def _(x):
    return repr(x)
print(fmt(1), fmt(2.5), fmt([1, "a", (2,)]), fmt({"k": [1]}), fmt(None), fmt(collections.OrderedDict(a=1)), fmt(True), fmt(range(2)))
try:
    @fmt.register
    def _(x):
        return 1
except TypeError as e:
    print("TypeError", str(e)[:45])
try:
    fmt()
except TypeError as e:
    print("TypeError", e)
print(reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3], [0]), reduce(max, [3, 9, 2]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(max, [], )
except TypeError as e:
    print("TypeError", e)
p = partial(int, base=2)
print(p("101"), p("11", base=8), repr(p), partial(p, "111")())
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
pp = partial(f, 1, d=5)
print(pp(2), pp(2, 3, d=9), pp.args, pp.keywords, repr(partial(f, 1, x=2)).replace(repr(f).split(" at ")[1], ""))
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(1)
except TypeError as e:
    print("TypeError", e)
@lru_cache(maxsize=None, typed=True)
def ident(x):
    return (x, type(x).__name__)
print(ident(1), ident(1.0), ident(True), ident.cache_info(), ident.cache_parameters())
@lru_cache
def slow(n, *, scale=1):
    return n * scale
print(slow(2), slow(2, scale=3), slow(2), slow.cache_info())
try:
    slow([1])
except TypeError as e:
    print("TypeError", e)
@total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o):
        if not isinstance(o, Money): return NotImplemented
        return self.c == o.c
    def __gt__(self, o):
        if not isinstance(o, Money): return NotImplemented
        return self.c > o.c
    def __repr__(self): return f"${self.c}"
ms = [Money(5), Money(1), Money(3)]
print(sorted(ms), Money(1) <= Money(1), Money(2) < Money(1), Money(2) >= Money(3), min(ms), max(ms))
try:
    Money(1) < 5
except TypeError as e:
    print("TypeError", e)
try:
    @total_ordering
    class Nope:
        pass
except ValueError as e:
    print("ValueError", e)
def deco(fn):
    @wraps(fn, assigned=("__name__",), updated=())
    def w(*a): return fn(*a)
    return w
@deco
def target():
    "doc"
print(target.__name__, target.__doc__, target.__wrapped__.__name__, hasattr(target, "__dict__"))
def outer():
    @functools.wraps(outer)
    def inner(): pass
    return inner
i = outer(); print(i.__name__, i.__qualname__, i.__module__)
class Sl:
    __slots__ = ("a",)
    @cached_property
    def v(self): return 1
try:
    Sl().v
except TypeError as e:
    print("TypeError", e)
class A:
    @cached_property
    def v(self):
        print("compute")
        return [1]
a = A(); a.v; a.v; a.v = 5; print(a.v, A.v.attrname, type(A.v).__name__)
print(functools.update_wrapper(lambda: 0, target).__name__, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
key = functools.cmp_to_key(lambda a, b: len(a) - len(b))
print(sorted(["ccc", "a", "bb"], key=key), key("x") < key("yy"), key("x") == key("y"))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
class M:
    def __init__(self): self.n = 0
    @functools.cache
    def sq(self, x):
        self.n += 1
        return x * x
m = M(); print(m.sq(3), m.sq(3), m.n)
