# __eq__ without __hash__ makes instances unhashable; hash=None spelled out;
# a subclass restoring hashing; dict keys built on them.
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


class HashableCoord(Coord):
    def __hash__(self):
        return hash((self.x, self.y))


class Explicit:
    __hash__ = None


print(Coord.__hash__, HashableCoord.__hash__ is not None)
for obj in (Coord(1, 2), Explicit()):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {obj: 1}
    except TypeError as e:
        print("TypeError:", e)
d = {HashableCoord(1, 2): "a"}
print(d[HashableCoord(1, 2)], HashableCoord(1, 2) in d, Coord(1, 2) == HashableCoord(1, 2))
try:
    {1, 2} | {Coord(0, 0)}
except TypeError as e:
    print("TypeError:", e)
from collections.abc import Hashable
print(isinstance(Coord(0, 0), Hashable), isinstance(HashableCoord(0, 0), Hashable), isinstance(Explicit(), Hashable))
