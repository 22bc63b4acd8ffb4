import math
from functools import total_ordering


@total_ordering
class Shape:
    def area(self):
        raise NotImplementedError

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area() and not self == other

    def __hash__(self):
        return hash(round(self.area(), 9))

    def __repr__(self):
        params = ", ".join(f"{k}={v}" for k, v in vars(self).items())
        return f"{type(self).__name__}({params})"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Triangle(Shape):
    def __init__(self, base, height):
        self.base, self.height = base, height

    def area(self):
        return self.base * self.height / 2


shapes = [Square(2), Circle(1), Triangle(4, 2), Square(1.5), Circle(math.sqrt(4 / math.pi)), Triangle(3, 3)]
for s in sorted(shapes):
    print(f"{s!r:<40} {s.area():8.4f}")
print(Square(2) == Triangle(4, 2), Square(2) == Circle(math.sqrt(4 / math.pi)), Square(2) > Circle(1))
print(Square(2) >= Triangle(2, 4), Circle(1) <= Square(1), len(set(shapes)), max(shapes), min(shapes))
print(Square(1) == 1, Square(1) != "square")
try:
    Square(1) < 5
except TypeError as e:
    print("TypeError:", e)
