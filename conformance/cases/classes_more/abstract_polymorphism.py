import math


class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"<{self.name}>"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    name = "rect"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)


class Triangle(Shape):
    name = "triangle"

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Blob(Shape):
    name = "blob"


shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes), max(shapes))
print(round(sum(s.area() for s in shapes), 4))
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Blob().perimeter()
except NotImplementedError as e:
    print("NotImplementedError", repr(str(e)), e.args)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError", e)
print(isinstance(Square(1), Rect), type(Square(1)).area is Rect.area)
counts = {}
for s in shapes + [Square(5), Circle(2)]:
    counts[s.name] = counts.get(s.name, 0) + 1
print(counts)
