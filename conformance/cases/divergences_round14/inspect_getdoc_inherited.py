# inspect.getdoc() finds a docstring a class or an overridden method
# inherits from a base class, as CPython 3.11's does (round 14).
import inspect
import abc


class Shape(abc.ABC):
    """A shape on the plane.

        Subclasses give the area.
    """

    @abc.abstractmethod
    def area(self):
        """The area, in square units."""

    def describe(self):
        """One line about the shape."""
        return f"{type(self).__name__} of area {self.area()}"

    @property
    def sides(self):
        """How many sides."""
        return 0

    @classmethod
    def unit(cls):
        """The unit shape."""
        return cls()

    @staticmethod
    def kind():
        """What kind of thing this is."""
        return "shape"


class Square(Shape):
    def __init__(self, side=1):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def sides(self):
        return 4

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def kind():
        return "square"


class Documented(Square):
    """A square with its own docstring."""

    def area(self):
        """Overridden, and documented again."""
        return super().area()


class Outer:
    class Inner(Square):
        def describe(self):
            return "inner"


sq = Square(3)
for label, obj in [
    ("class", Square), ("instance", sq), ("method", Square.area),
    ("bound method", sq.area), ("inherited method", Square.describe),
    ("property", Square.sides), ("classmethod", Square.unit),
    ("staticmethod", Square.kind), ("own doc", Documented),
    ("own method doc", Documented.area), ("bound own", Documented().area),
    ("nested class method", Outer.Inner.describe),
    ("nested bound", Outer.Inner().describe),
]:
    print(f"{label:20} {inspect.getdoc(obj)!r}")


def helper():
    pass


def documented():
    """  Leading spaces go.
      The rest is dedented.
    """


print(repr(inspect.getdoc(helper)))
print(repr(inspect.getdoc(documented)))
print(repr(inspect.getdoc(lambda: 0)))


def make():
    class Local(Square):
        def area(self):
            return 0
    return Local


Local = make()
# A class defined in a function: its qualified name has <locals>, so the
# method's class is not found and nothing is inherited for the function.
print(repr(inspect.getdoc(Local.area)))
print(repr(inspect.getdoc(Local().area)))
print(repr(inspect.getdoc(Local)))


class NoDocAnywhere:
    def run(self):
        pass


print(repr(inspect.getdoc(NoDocAnywhere)), repr(inspect.getdoc(NoDocAnywhere.run)))
print(repr(inspect.getdoc(NoDocAnywhere())))


class Replaced(Square):
    area = None


print(repr(inspect.getdoc(Replaced)))
