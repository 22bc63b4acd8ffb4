import functools
registry = {}
def register(cls=None, *, name=None):
    def wrap(c):
        registry[name or c.__name__.lower()] = c
        return c
    return wrap(cls) if cls is not None else wrap
@register
class Alpha: pass
@register(name="b")
class Beta: pass
print(sorted(registry), registry["b"].__name__)
def add_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]) if False else cls._fields
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Pt:
    _fields = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
print(Pt(1, "a"), [Pt(0, 0)])
def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self): print("Config created")
print(Config() is Config(), Config.__name__)
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
@CountCalls
def hello(who="world"):
    """Say hello."""
    return f"hello {who}"
print(hello(), hello("you"), hello.calls, hello.__name__, hello.__doc__)
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return inner
    return deco
state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"n={state['n']}")
    return "ok"
print(flaky())
@retry(2)
def always_bad():
    raise ValueError("nope")
try:
    always_bad()
except RuntimeError as e:
    print(e)
class Validated:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        for name, typ in cls.__annotations__.items():
            def make(name=name, typ=typ):
                def getter(self): return self.__dict__[name]
                def setter(self, v):
                    if not isinstance(v, typ):
                        raise TypeError(f"{name} must be {typ.__name__}")
                    self.__dict__[name] = v
                return property(getter, setter)
            setattr(cls, name, make())
class Person(Validated):
    name: str
    age: int
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Al", 3)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(e)
def deco_stack(tag):
    def d(fn):
        def w(*a): return f"<{tag}>{fn(*a)}</{tag}>"
        return w
    return d
@deco_stack("b")
@deco_stack("i")
def text(s): return s
print(text("hi"))
Person(1, 2)
