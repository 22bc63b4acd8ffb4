def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars_of(self))
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def vars_of(obj):
    return [(k, v) for k, v in obj.__dict__.items()]


def record(*fields):
    def deco(cls):
        def __init__(self, *args):
            if len(args) != len(fields):
                raise TypeError(f"{cls.__name__} expects {len(fields)} args, got {len(args)}")
            for f, a in zip(fields, args):
                setattr(self, f, a)
        cls.__init__ = __init__
        cls._fields = fields
        return add_repr(cls)
    return deco


REGISTRY = []


def register(cls):
    REGISTRY.append(cls.__name__)
    return cls


def singleton(cls):
    instances = {}

    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    get.wrapped = cls
    return get


def count_calls(*names):
    def deco(cls):
        for name in names:
            attr = getattr(cls, name)

            def make(fn, name):
                def wrapper(self, *a, **k):
                    self.calls[name] = self.calls.get(name, 0) + 1
                    return fn(self, *a, **k)
                wrapper.__name__ = fn.__name__
                return wrapper
            setattr(cls, name, make(attr, name))
        orig_init = cls.__init__

        def __init__(self, *a, **k):
            self.calls = {}
            orig_init(self, *a, **k)
        cls.__init__ = __init__
        return cls
    return deco


@register
@record("x", "y")
class Point:
    def norm1(self):
        return abs(self.x) + abs(self.y)


@register
@add_repr
class Box:
    def __init__(self, w):
        self.w = w


print(Point(3, -4), Point(3, -4).norm1(), Point._fields, Box(2))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
print(REGISTRY)


@singleton
class Settings:
    def __init__(self, level=1):
        self.level = level


s1 = Settings(5)
s2 = Settings(9)
print(s1 is s2, s1.level, Settings.wrapped.__name__)


@count_calls("add", "mul")
class Calc:
    def __init__(self, v):
        self.v = v

    def add(self, n):
        self.v += n
        return self

    def mul(self, n):
        self.v *= n
        return self


c = Calc(1).add(2).mul(5).add(1).add(1)
print(c.v, sorted(c.calls.items()), Calc.add.__name__)
