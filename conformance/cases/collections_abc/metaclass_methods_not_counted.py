# The structural checks look along the class's MRO, not at its metaclass:
# EnumType defines __iter__ and __len__, so an enum class is a Collection,
# but its members are not.
import enum
from collections.abc import Iterable, Sized, Container, Callable, Reversible, Hashable, Collection
class Color(enum.Enum):
    RED = 1
print(isinstance(Color.RED, Iterable), isinstance(Color.RED, Sized), isinstance(Color.RED, Callable), isinstance(Color.RED, Hashable))
print(isinstance(Color, Iterable), isinstance(Color, Sized), isinstance(Color, Collection), isinstance(Color, Callable))
print(issubclass(Color, Iterable), issubclass(Color, Reversible))
