# abc.ABCMeta: metaclass=ABCMeta, abstract methods and properties,
# register() and __subclasshook__ in isinstance/issubclass.
from abc import ABC, ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

    @property
    def name(self):
        return "circle"


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Circle(2).describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Circle.__abstractmethods__)
print(type(Shape), type(Circle), type(ABC), isinstance(Circle(1), Shape))


class Plain:
    pass


Shape.register(Plain)
print(isinstance(Plain(), Shape), issubclass(Plain, Shape), issubclass(Plain, Circle))
print(Shape.register(int) is int, isinstance(3, Shape), isinstance("x", Shape))


class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return hasattr(C, "quack")
        return NotImplemented


class Duck:
    def quack(self):
        return "quack"


print(isinstance(Duck(), Quacks), issubclass(Duck, Quacks), isinstance(1, Quacks))


class Base(ABC):
    @abstractmethod
    def run(self):
        return "base"


class Impl(Base):
    def run(self):
        return "impl+" + super().run()


print(Impl().run(), isinstance(Impl(), Base), issubclass(Impl, ABC))
try:
    Base.register(5)
except TypeError as e:
    print("TypeError", e)
try:
    Base.register(Base)
    Impl.register(Base)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    object.__setattr__(Base, "x", 1)
except TypeError as e:
    print("TypeError", e)
Base.extra = 5
print(Base.extra, Impl.extra)
