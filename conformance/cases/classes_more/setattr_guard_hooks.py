# __setattr__/__delattr__/__getattribute__ guards on slotted and plain classes.
class Frozen:
    __slots__ = ("x", "y", "_frozen")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
        object.__setattr__(self, "_frozen", True)
    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{type(self).__name__} is immutable; cannot set {name!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
    def __repr__(self): return f"Frozen({self.x}, {self.y})"
f = Frozen(1, 2)
print(f)
for action in [lambda: setattr(f, "x", 5), lambda: delattr(f, "x"), lambda: setattr(f, "z", 1)]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("secret is hidden")
        return object.__getattribute__(self, name)
l = Logged()
l.c = 3
print(l.a + l.b + l.c, sorted(l.__dict__))
try:
    l.secret
except AttributeError as e:
    print("AttributeError", e)
print(getattr(l, "secret", "dflt"))
class Typed:
    _types = {"age": int, "name": str}
    def __setattr__(self, name, value):
        t = self._types.get(name)
        if t is not None and not isinstance(value, t):
            raise TypeError(f"{name} must be {t.__name__}, not {type(value).__name__}")
        super().__setattr__(name, value)
t = Typed()
t.age = 3; t.name = "n"; t.other = [1]
try:
    t.age = "3"
except TypeError as e:
    print("TypeError", e)
print(t.__dict__)
try:
    object.__setattr__(1, "x", 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(t, 1, 2)
except TypeError as e:
    print("TypeError", e)
class Counter:
    def __getattr__(self, name):
        if name.startswith("count_"):
            return len(name) - 6
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
c = Counter()
print(c.count_abc, hasattr(c, "count_"), hasattr(c, "zzz"))
try:
    c.zzz
except AttributeError as e:
    print("AttributeError", e)
