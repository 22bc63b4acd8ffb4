# What an ABC carries: one `_abc_impl` attribute of its own (no registry,
# caches or subclass lists as attributes), in dir() and vars() as CPython's.
import abc
from collections.abc import Iterable, Sequence


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Tagged(metaclass=abc.ABCMeta):
    pass


for cls in (Shape, Square, Tagged, Iterable, Sequence):
    print(cls.__name__, [n for n in dir(cls) if n.startswith("_abc")],
          sorted(k for k in vars(cls) if not k.startswith("__")),
          "_abc_impl" in vars(cls), type(cls._abc_impl).__name__)
print(Square._abc_impl is Shape._abc_impl, type(Shape._abc_impl).__module__)
for name in ("_abc_registry", "_abc_cache", "_abc_negative_cache", "_abc_subclasses",
             "_abc_bases"):
    print(name, hasattr(Shape, name), hasattr(Iterable, name))
Tagged.register(int)
print(isinstance(3, Tagged), issubclass(bool, Tagged), issubclass(str, Tagged))
print(abc.ABCMeta.__qualname__, abc.ABCMeta.register.__qualname__,
      abc.ABCMeta.__instancecheck__.__qualname__, abc.update_abstractmethods.__qualname__)
print(Square(3).area(), abc.get_cache_token() > 0)
try:
    Shape()
except TypeError as e:
    print(e)
