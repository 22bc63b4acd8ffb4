def auto_init(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} positional arguments but {len(args)} were given")
        for name, val in zip(fields, args):
            setattr(self, name, val)
        for name in fields[len(args):]:
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif hasattr(cls, name):
                setattr(self, name, getattr(cls, name))
            else:
                raise TypeError(f"missing {name}")
        if kwargs:
            raise TypeError(f"unexpected {sorted(kwargs)}")
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, other):
        if other.__class__ is not self.__class__: return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    return cls
@auto_init
class Item:
    name: str
    price: float = 0.0
    qty: int = 1
i = Item("apple", 1.5)
print(i, i == Item("apple", 1.5), i == Item("pear"), i != Item("apple", 1.5, qty=1))
try: Item()
except TypeError as e: print(e)
try: Item("a", 1, 2, 3)
except TypeError as e: print(e)
try: Item("a", bogus=1)
except TypeError as e: print(e)
try: hash(i)
except TypeError as e: print(e)
print(sorted([Item("b", 2), Item("a", 1)], key=lambda it: it.name))
print(getattr(i, "name"), setattr(i, "qty", 5), i.qty, hasattr(i, "nope"), delattr(i, "qty"), hasattr(i, "qty"), i.qty)
class Frozen:
    def __init__(self, x): object.__setattr__(self, "x", x)
    def __setattr__(self, k, v): raise AttributeError(f"cannot assign to field '{k}'")
    def __delattr__(self, k): raise AttributeError(f"cannot delete field '{k}'")
    def __hash__(self): return hash(self.x)
    def __eq__(self, o): return isinstance(o, Frozen) and o.x == self.x
f = Frozen(3)
try: f.x = 4
except AttributeError as e: print(e)
try: del f.x
except AttributeError as e: print(e)
print(f.x, {f: 1}[Frozen(3)], len({Frozen(1), Frozen(1)}))
