import functools
REG = []
def register(cls):
    REG.append(cls.__name__)
    return cls
def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({inner})"
    cls.__repr__ = __repr__
    return cls
def with_count(cls):
    orig = cls.__init__
    @functools.wraps(orig)
    def init(self, *a, **k):
        cls.count += 1
        orig(self, *a, **k)
    cls.count = 0
    cls.__init__ = init
    return cls
@register
@add_repr
@with_count
class Item:
    fields = ("name", "qty")
    def __init__(self, name, qty=1):
        "make an item"
        self.name, self.qty = name, qty
print(Item("a"), Item("b", 3), Item.count, REG)
print(Item.__init__.__name__, Item.__init__.__doc__, Item.__init__.__qualname__)
