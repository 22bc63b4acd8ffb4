# namedtuple's __new__ carries the field defaults in __defaults__, and
# assigning __defaults__ afterwards (the idiom from before `defaults=`)
# changes what omitted fields get.
from collections import namedtuple

Point = namedtuple('Point', 'x y z', defaults=[0, 1])
print(Point.__new__.__defaults__, Point._field_defaults)
print(Point(5), Point(5, 6), Point(5, z=9))

Pair = namedtuple('Pair', 'left right')
print(Pair.__new__.__defaults__)
Pair.__new__.__defaults__ = (None,)
print(Pair(1), Pair._field_defaults)
try:
    Pair()
except TypeError as e:
    print("TypeError", e)
try:
    Pair(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

Pair.__new__.__defaults__ = (10, 20)
print(Pair(), Pair(right=3))
Pair.__new__.__defaults__ = None
try:
    Pair(1)
except TypeError as e:
    print("TypeError", e)

Empty = namedtuple('Empty', 'a', defaults=())
print(Empty.__new__.__defaults__)
