class Counter:
    count = 0
    shared = []
    unit = "items"

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.id = Counter.count

    def add(self, x):
        self.shared.append((self.name, x))


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count, a.id, b.id)
a.add(1)
b.add(2)
print(Counter.shared, a.shared is b.shared)

a.unit = "pieces"
print(a.unit, b.unit, Counter.unit)
print("unit" in a.__dict__, "unit" in b.__dict__)
del a.unit
print(a.unit)

Counter.unit = "things"
print(a.unit, b.unit)

a.count = 100
print(a.count, b.count, Counter.count)


class Config:
    defaults = {"debug": False, "level": 1}

    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)

    def __repr__(self):
        return f"Config({self.settings})"


print(Config(), Config(level=3), Config.defaults)


class Sub(Counter):
    unit = "sub-items"


s = Sub("s")
print(s.unit, s.id, Counter.count, Sub.count)
Sub.count = 50
s2 = Sub("s2")
print(s2.id, Sub.count, Counter.count)
print(getattr(s2, "missing", "default"), hasattr(s2, "name"))
setattr(s2, "extra", 9)
print(s2.extra, sorted(s2.__dict__))
