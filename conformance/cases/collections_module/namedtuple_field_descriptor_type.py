# A namedtuple's fields are _collections._tuplegetter descriptors.
from collections import namedtuple

P = namedtuple("P", "x y")
field = P.x
print(type(field).__name__, type(field).__module__, type(field).__qualname__)
print(repr(field), field.__doc__)
print(field.__get__(P(5, 6)), field.__get__(None, P) is field)
try:
    P(1, 2).x = 3
except AttributeError as exc:
    print(exc)
