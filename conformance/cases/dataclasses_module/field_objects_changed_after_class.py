# The generated methods are fixed when the class is made: CPython writes
# each field's name into their text, so changing a Field object of
# fields() afterwards (its name, repr or compare flag) leaves __repr__,
# __eq__, ordering and __hash__ as they were.
import dataclasses


@dataclasses.dataclass(order=True, frozen=True)
class Point:
    x: int
    y: int = 0
    hidden: int = dataclasses.field(default=9, repr=False, compare=False)


for f in dataclasses.fields(Point):
    f.name = 'renamed_' + f.name
    f.repr = not f.repr
    f.compare = not f.compare
p, q = Point(1, 2), Point(1, 3, hidden=5)
print(repr(p), repr(q))
print(p == q, p < q, p == Point(1, 2, hidden=7), hash(p) == hash(Point(1, 2, 8)))
print([f.name for f in dataclasses.fields(Point)])
print(dataclasses.astuple(p))
