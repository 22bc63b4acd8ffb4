# Everyday decorator patterns: registries, memoizing, validation, event
# handlers, composition, currying, descriptors that bind the function they
# wrap, and functools' cached_property, total_ordering and singledispatch.
import functools
from collections import defaultdict
registry = {}
def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco
@register()
def alpha(): return "A"
@register("b")
def beta(): return "B"
print(sorted(registry), registry["b"]())
def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache))
def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def w(*args, **kwargs):
            for (n, t), v in zip(types.items(), args):
                if not isinstance(v, t):
                    raise TypeError(f"{n} must be {t.__name__}, got {type(v).__name__}")
            return fn(*args, **kwargs)
        return w
    return deco
@validate(x=int, y=str)
def combine(x, y): return y * x
print(combine(2, "ab"))
try: combine("2", "ab")
except TypeError as e: print(e)
class Event:
    def __init__(self): self.handlers = defaultdict(list)
    def on(self, name):
        def deco(fn):
            self.handlers[name].append(fn)
            return fn
        return deco
    def emit(self, name, *a, **k):
        return [h(*a, **k) for h in self.handlers[name]]
ev = Event()
@ev.on("x")
def h1(v): return v + 1
@ev.on("x")
def h2(v): return v * 2
print(ev.emit("x", 5), ev.emit("y"))
def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2)
print(inc_then_double(3))
def curry(fn, n):
    def c(*args):
        if len(args) >= n: return fn(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3))
class cached_property_like:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner=None):
        if obj is None: return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @cached_property_like
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area)
class method_deco:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, objtype=None):
        return self.fn.__get__(obj, objtype)
class UsesIt:
    @method_deco
    def hello(self, who): return f"hello {who}"
print(UsesIt().hello("w"))
class Temp:
    def __init__(self): self._c = 0
    @functools.cached_property
    def expensive(self):
        print("once")
        return 99
t = Temp(); print(t.expensive, t.expensive)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"))
