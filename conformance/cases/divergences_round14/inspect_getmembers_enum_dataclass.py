# inspect.getmembers() of an Enum lists the `name` and `value` its base
# defines as DynamicClassAttributes; of a dataclass, its instance and a
# plain class, what CPython 3.11 lists (round 14).
import dataclasses
import enum
import inspect


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return f"{self.name}={self.value}"


class Perm(enum.IntFlag):
    R = 4
    W = 2


def show(label, members):
    print(label)
    for name, value in members:
        if name.startswith("__") and name not in ("__init__", "__members__"):
            continue
        kind = type(value).__name__
        print(f"  {name:14} {kind}")


show("Color", inspect.getmembers(Color))
show("Color.RED", inspect.getmembers(Color.RED))
print([n for n, _ in inspect.getmembers(Perm) if not n.startswith("_")])
print([n for n, _ in inspect.getmembers(Color, inspect.isfunction)])
print([(n, v) for n, v in inspect.getmembers(Color) if isinstance(v, Color)])


@dataclasses.dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = dataclasses.field(default_factory=list)

    def total(self, price):
        return self.qty * price

    @property
    def label(self):
        return self.name.upper()


show("Item", inspect.getmembers(Item))
show("Item()", inspect.getmembers(Item("bolt", 3)))
print([n for n, _ in inspect.getmembers(Item("x"), inspect.ismethod)])
print([n for n, _ in inspect.getmembers(Item, inspect.isfunction)])


class Base:
    shared = 1

    def __getattr__(self, name):
        if name == "virtual":
            return 42
        raise AttributeError(name)


class Child(Base):
    __slots__ = ("a",)
    own = 2


c = Child()
print([n for n, _ in inspect.getmembers(c) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(Child) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Child, inspect.isdatadescriptor)
       if not n.startswith("__")])
