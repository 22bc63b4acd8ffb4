from abc import ABC, abstractmethod
import math


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    def __repr__(self):
        return f"Square({self.w})"


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not form a triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)


shapes = [Circle(1.5), Rect(2, 3.5), Square(2)]
for s in sorted(shapes):
    print(s.describe())
print(Shape.count, issubclass(Square, ABC))
print(sorted(Shape.__abstractmethods__), Rect.__abstractmethods__)
for cls, args in [(Shape, ("x",)), (Triangle, (3, 4, 5))]:
    try:
        cls(*args)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Square(1), Shape), [type(s).__name__ for s in shapes])
total = sum(s.area() for s in shapes)
print(f"total area {total:10.3f}|{total:<10.1f}|{total:^12.4g}|")


class Named(ABC):
    @property
    @abstractmethod
    def label(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...


class Impl(Named):
    @property
    def label(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()


print(Impl.make().label)
try:
    Named()
except TypeError as e:
    print(e)
