from abc import ABC, abstractmethod, abstractproperty
import abc


class Shape(ABC):
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


class NamedCircle(Circle):
    @property
    def name(self):
        return "circle"


class Square(Shape):
    name = "square"

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @classmethod
    def unit(cls):
        return cls(1)


for cls, args in [(Shape, ()), (Circle, (1,)), (NamedCircle, (2,)), (Square, (3,))]:
    try:
        print(cls(*args).describe())
    except TypeError as e:
        print("TypeError:", e)
print(Square.unit().describe())
print(sorted(Shape.__abstractmethods__), sorted(Circle.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(NamedCircle, ABC))


class Plugin(ABC):
    pass


print(type(Plugin()).__name__)
try:
    Plugin(1)
except TypeError as e:
    print("TypeError:", e)


class Repo(ABC):
    @classmethod
    @abstractmethod
    def connect(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


class MemRepo(Repo):
    @classmethod
    def connect(cls):
        return cls()


try:
    MemRepo()
except TypeError as e:
    print("TypeError:", e)


class FullRepo(MemRepo):
    @staticmethod
    def version():
        return 2


print(type(FullRepo.connect()).__name__, FullRepo.version())


def helper():
    pass


print(abc.abstractmethod(helper) is helper, helper.__isabstractmethod__)


class Old(ABC):
    @abstractproperty
    def size(self):
        return 0


try:
    Old()
except TypeError as e:
    print("TypeError:", e)


class Base(ABC):
    def __init__(self, x):
        self.x = x

    @abstractmethod
    def run(self):
        ...


class Impl(Base):
    def run(self):
        return self.x * 2


print(Impl(21).run())
try:
    Base(1)
except TypeError as e:
    print("TypeError:", e)
