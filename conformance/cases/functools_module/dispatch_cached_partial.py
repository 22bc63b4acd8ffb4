from functools import singledispatch, partial, partialmethod, cached_property, reduce, wraps, total_ordering, lru_cache
import operator

@singledispatch
def render(obj):
    return f"<object {type(obj).__name__}>"

@render.register
def _(obj: int):
    return f"int:{obj}"

@render.register(list)
def _(obj):
    return "[" + ", ".join(render(x) for x in obj) + "]"

@render.register(str)
def _(obj):
    return repr(obj)

print(render(5), render("s"), render([1, "a", [2.5]]), render(True), render(None))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2

c = Circle(2)
print(c.area, c.area)
c.r = 3
print(c.area)
del c.area
print(c.area)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
cell = Cell()
cell.set_alive()
print(cell.alive)
cell.set_dead()
print(cell.alive)

def log_calls(fn):
    calls = []
    @wraps(fn)
    def inner(*a, **kw):
        calls.append((a, tuple(sorted(kw.items()))))
        return fn(*a, **kw)
    inner.calls = calls
    return inner

@log_calls
def add(a, b=0):
    """Add numbers."""
    return a + b
add(1, 2); add(3, b=4)
print(add.calls, add.__name__, add.__doc__)
base2 = partial(int, base=2)
print(base2("1011"), base2.func is int, base2.keywords)
print(reduce(operator.add, ["a", "b", "c"]), reduce(max, [3, 9, 2], 0))
p = partial(partial(pow, 2), 5)
print(p(), p.args)
@lru_cache(maxsize=2)
def sq(n):
    print("miss", n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(sq.cache_info())
print(sq.__wrapped__(9))
@total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return self.c < o.c
print(Money(1) <= Money(2), Money(3) >= Money(3), Money(5) > Money(1))
