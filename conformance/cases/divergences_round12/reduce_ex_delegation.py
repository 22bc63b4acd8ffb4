# object.__reduce_ex__ calls a class's own __reduce__ (CPython's
# object___reduce_ex___impl), and copy goes through it.
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        print('reduce called')
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


p = Point(1, 2)
print(p.__reduce_ex__(2))
print(p.__reduce_ex__(0))
print(copy.copy(p), copy.deepcopy(p))


class Sub(Point):
    pass


print(Sub(3, 4).__reduce_ex__(4))


class OwnEx:
    def __reduce_ex__(self, protocol):
        return (OwnEx, (), None, None, None)

    def __reduce__(self):
        raise AssertionError('not used')


print(type(copy.copy(OwnEx())).__name__)


for bad in ('x', None, 1.5):
    try:
        p.__reduce_ex__(bad)
    except TypeError as e:
        print('TypeError', e)
