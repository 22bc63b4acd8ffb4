class Record:
    fields = ()

    def __init__(self, *values):
        if len(values) != len(self.fields):
            raise TypeError(f"expected {len(self.fields)} values")
        for name, value in zip(self.fields, values):
            setattr(self, name, value)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(
            getattr(self, f) == getattr(other, f) for f in self.fields)

    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self.fields))


class Point(Record):
    fields = ("x", "y")


class Person(Record):
    fields = ("name", "age")


pts = [Point(1, 2), Point(1, 2), Point(0, 0)]
print(pts, pts[0] == pts[1], pts[0] == pts[2], len(set(pts)))
print(Person("ann", 3), Person("ann", 3) == Point("ann", 3))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
people = sorted([Person("b", 2), Person("a", 9)], key=lambda p: p.name)
print(people)
