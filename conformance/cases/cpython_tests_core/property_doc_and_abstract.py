# A property's __doc__ can be replaced; its __isabstractmethod__ says whether
# one of its accessors is abstract (as classmethod's and staticmethod's say
# it of the function they wrap); its other attributes are read-only.
import abc

p = property(doc="basic")
print(p.__doc__)
p.__doc__ = "extended"
print(p.__doc__)
del p.__doc__
print(p.__doc__)

for name in ("fget", "fset", "fdel", "__isabstractmethod__", "getter", "other"):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(name, "AttributeError", e)


class Owner:
    @property
    def spam(self):
        """Eggs"""
        return "eggs"


Owner.spam.__doc__ = "Spam"
print(Owner.spam.__doc__, Owner().spam)


def accessor(self):
    return 1


for flag in (True, False, [], [1], "", "x"):
    accessor.__isabstractmethod__ = flag
    print(repr(flag), property(accessor).__isabstractmethod__,
          property(None, accessor).__isabstractmethod__,
          classmethod(accessor).__isabstractmethod__,
          staticmethod(accessor).__isabstractmethod__)
del accessor.__isabstractmethod__
print(property().__isabstractmethod__, property(accessor).__isabstractmethod__,
      classmethod(accessor).__isabstractmethod__)


class Falsy:
    def __bool__(self):
        raise ValueError("no truth")


def broken(self):
    pass


broken.__isabstractmethod__ = Falsy()
try:
    property(broken).__isabstractmethod__
except ValueError as e:
    print("ValueError", e)


class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def size(self):
        ...


class Done(Base):
    @property
    def size(self):
        return 3


print(Base.size.__isabstractmethod__, sorted(Base.__abstractmethods__), Done().size)
try:
    Base()
except TypeError as e:
    print("TypeError", e)
