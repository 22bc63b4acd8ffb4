from functools import lru_cache, wraps, singledispatch, cached_property, partial, reduce, total_ordering, cache
calls = []
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b=2):
    "add things"
    return a + b
print(add(1), add(1, b=5), add.__name__, add.__doc__, add.__wrapped__(3), calls)
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 2]: sq(v)
print(sq.cache_info())
@cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(20))
@singledispatch
def show(x): return f"object {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return "list of " + ", ".join(show(i) for i in x)
@show.register(bool)
def _(x): return f"bool {x}"
print(show(1), show(True), show([1, "a", 2.5]), show(None))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
base2 = partial(int, base=2)
print(base2("1010"), base2("11", base=10), partial(pow, 2)(10), reduce(lambda a, b: a + [b * 2], [1, 2], []))
