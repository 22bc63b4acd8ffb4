# The lru_cache wrapper: update_wrapper's attributes, __wrapped__,
# cache_parameters, the direct and decorator-factory forms, methods, and
# the argument checks of lru_cache itself.
import functools

def area(w, h=1):
    """Area of a rectangle."""
    return w * h
area.tag = "mine"

cached = functools.lru_cache(area)
print(cached.__name__, cached.__qualname__, cached.__doc__, cached.__module__)
print(cached.__wrapped__ is area, cached.tag, cached(3, 4), cached(3, h=4))
print(cached.cache_parameters(), cached.cache_info())
print(callable(cached), cached.__dict__["tag"], "__wrapped__" in cached.__dict__, "cache_parameters" in cached.__dict__)

c2 = functools.lru_cache(maxsize=7, typed=True)(area)
print(c2.cache_parameters(), c2(2), c2.cache_info())
c3 = functools.cache(area)
print(c3.cache_parameters(), c3(5), c3(5), c3.cache_info())
info = c3.cache_info()
print(type(info).__name__, info._fields, info.hits, info.misses, info.maxsize, info.currsize)
print(info._asdict(), tuple(info), info == (1, 1, None, 1), isinstance(info, tuple))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)

class Grid:
    def __init__(self, n):
        self.n = n

    @functools.lru_cache(maxsize=None)
    def paths(self, r, c):
        """Count lattice paths."""
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

    @functools.cache
    def total(self):
        return self.paths(self.n, self.n)

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self.n == other.n

g = Grid(6)
print(g.paths(6, 6), g.total(), Grid(6).total(), Grid.paths.cache_info(), Grid.total.cache_info())
print(Grid.paths.__name__, Grid.paths.__qualname__, Grid.paths.__doc__)
print(Grid.paths(g, 2, 2), g.paths.__name__, g.paths.__func__ is Grid.paths)
Grid.paths.cache_clear()
print(Grid.paths.cache_info())

class Static:
    @staticmethod
    @functools.cache
    def sq(x):
        return x * x

    @classmethod
    @functools.lru_cache
    def name(cls):
        return cls.__name__

print(Static.sq(4), Static().sq(4), Static.sq.cache_info(), Static.name(), Static.name())

for bad in ("big", 1.5, [1]):
    try:
        functools.lru_cache(maxsize=bad)
    except TypeError as e:
        print("TypeError", e)
try:
    functools.lru_cache(area, typed="yes")
except TypeError as e:
    print("TypeError", e)
try:
    functools.cache()
except TypeError as e:
    print("TypeError", e)

deco = functools.lru_cache(maxsize=None)
print(callable(deco), deco(area)(2, 3))

cached.extra = 42
print(cached.extra, cached.__dict__["extra"])
del cached.extra
print(hasattr(cached, "extra"))

try:
    functools.lru_cache(maxsize=10**30)(area)
except OverflowError as e:
    print("OverflowError", e)
huge = functools.lru_cache(maxsize=2**40)(area)
print(huge(2, 2), huge.cache_info())
