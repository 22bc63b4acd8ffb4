# array's + and * are C sequence slots: the other operand's __radd__ /
# __rmul__ answers first (binary_op1 before sq_concat / sq_repeat).
from array import array
from collections import deque


class F:
    def __radd__(self, other):
        return ('radd', type(other).__name__)

    def __rmul__(self, other):
        return ('rmul', type(other).__name__)


class Plain:
    pass


for other in (F(), Plain(), 1, 'x', 2.5, [1], deque([1]), array('b', [5])):
    for name, op in (('+', lambda a, b: a + b), ('*', lambda a, b: a * b)):
        try:
            print(name, type(other).__name__, op(array('b', [1]), other))
        except TypeError as e:
            print(name, type(other).__name__, 'TypeError', e)
for other in (F(), Plain(), 1, [2], array('b', [2]), deque([3]), 2):
    a = array('b', [1])
    try:
        a += other
        print('+=', type(other).__name__, a)
    except TypeError as e:
        print('+=', type(other).__name__, 'TypeError', e)
    a = array('b', [1])
    try:
        a *= other
        print('*=', type(other).__name__, a)
    except TypeError as e:
        print('*=', type(other).__name__, 'TypeError', e)
