# What an enum body keeps as ordinary class attributes (descriptors:
# functions, properties, classmethods, staticmethods, objects whose class
# defines __get__, __set__ or __delete__) and what becomes a member.
from enum import Enum


class Desc:
    def __get__(self, obj, owner=None):
        return 'desc-got'


class SetOnly:
    def __set__(self, obj, value):
        pass


class Plain:
    pass


class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2
    d = Desc()
    s = SetOnly()
    p = Plain()
    f = lambda self: 'lambda'

    @classmethod
    def first(cls):
        return cls.CIRCLE

    @staticmethod
    def helper():
        return 'static'

    @property
    def sides(self):
        return {1: 0, 2: 4}[self.value]


print([m.name for m in Shape])
print(Shape.d, Shape.CIRCLE.d, type(Shape.__dict__['s']).__name__)
print(isinstance(Shape.p, Shape), Shape.CIRCLE.f(), Shape.first(), Shape.helper(),
      Shape.SQUARE.sides)

try:
    class Over(Enum):
        A = 1
        A = Desc()
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])

try:
    class Under(Enum):
        A = Desc()
        A = 1
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])


class Methods(Enum):
    # Members named like Enum's own methods and attributes shadow them.
    count = 1
    index = 2
    upper = 3


print(list(Methods), Methods.count.value)

