class Shape:
    registry = {}

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if kind is not None:
            Shape.registry[kind] = cls
        cls.kind = kind

    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None

    @staticmethod
    def unit_area():
        return 1.0

    def area(self):
        raise NotImplementedError(type(self).__name__)


class Square(Shape, kind="square"):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Circle(Shape, kind="circle"):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r ** 2, 3)


class Blob(Shape):
    pass


print(sorted(Shape.registry))
for spec in [("square", 3), ("circle", 2)]:
    s = Shape.create(*spec)
    print(type(s).__name__, s.kind, s.area())
print(Blob.kind, Square.unit_area(), Square(1).unit_area())
try:
    Shape.create("hex", 1)
except ValueError as e:
    print("ValueError", e, e.__cause__, e.__suppress_context__)
try:
    Blob().area()
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    class Oops(Shape, colour="red"):
        pass
except TypeError as e:
    print("TypeError", e)
print(type(Shape.__dict__["create"]).__name__, type(Shape.__dict__["unit_area"]).__name__)
