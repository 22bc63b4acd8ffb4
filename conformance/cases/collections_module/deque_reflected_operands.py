# deque's + and * are C sequence slots: the other operand's __radd__ /
# __rmul__ answers first, as CPython's binary_op1 tries number slots before
# sq_concat / sq_repeat; comparisons hand over to the reflected method too.
from collections import deque


class F:
    def __radd__(self, other):
        return ('radd', type(other).__name__)

    def __rmul__(self, other):
        return ('rmul', type(other).__name__)

    def __lt__(self, other):
        return 'F.__lt__'

    def __gt__(self, other):
        return 'F.__gt__'

    def __eq__(self, other):
        return 'F.__eq__'


class Plain:
    pass


class Index:
    def __index__(self):
        return 2


ops = [('+', lambda a, b: a + b), ('*', lambda a, b: a * b), ('==', lambda a, b: a == b),
       ('!=', lambda a, b: a != b), ('<', lambda a, b: a < b), ('>', lambda a, b: a > b),
       ('<=', lambda a, b: a <= b), ('>=', lambda a, b: a >= b)]
for name, op in ops:
    for other in (F(), Plain(), 1, 'x', 2.5, [1], Index()):
        try:
            print(name, type(other).__name__, op(deque([1]), other))
        except TypeError as e:
            print(name, type(other).__name__, 'TypeError', e)


def inplace(other, kind):
    d = deque([1])
    try:
        if kind == '+=':
            d += other
        else:
            d *= other
        print(kind, type(other).__name__, d)
    except TypeError as e:
        print(kind, type(other).__name__, 'TypeError', e)


for other in (F(), Plain(), 1, 'ab', [2, 3], Index()):
    inplace(other, '+=')
    inplace(other, '*=')
print(3 * deque([1]), Index() * deque([2]))
try:
    print('ab' * deque([1]))
except TypeError as e:
    print('TypeError', e)
