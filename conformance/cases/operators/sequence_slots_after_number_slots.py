# `seq * x` and `seq + x` try every number slot (a user class's __rmul__ /
# __radd__) before the sequence's own repeat or concatenation, and the
# sequence's texts name the operand that is not the sequence.
import operator


class Count:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __rmul__(self, other):
        return ('rmul', other)

    def __radd__(self, other):
        return ('radd', other)


class Declines:
    def __index__(self):
        return 2

    def __rmul__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented

    def __iter__(self):
        return iter([7])


class L(list):
    pass


class NoConcat(list):
    # Defining __add__ / __mul__ drops the inherited concatenation/repeat.
    def __add__(self, other):
        return NotImplemented

    def __mul__(self, other):
        return NotImplemented


class BA(bytearray):
    pass


class T(tuple):
    pass


def show(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, 'TypeError:', e)


def iadd(a, b):
    a += b
    return a


def imul(a, b):
    a *= b
    return a


for seq in ['ab', [1], (1,), b'b', bytearray(b'y'), L([1]), BA(b'z'), T((3,))]:
    name = type(seq).__name__
    show(name + ' * Count', lambda: seq * Count(2))
    show('Count * ' + name, lambda: Count(2) * seq)
    show(name + ' + Count', lambda: seq + Count(2))
    show(name + ' * Declines', lambda: seq * Declines())
    show(name + ' + Declines', lambda: seq + Declines())
    show(name + ' += Count', lambda: iadd(seq[:], Count(2)))
    show(name + ' *= Count', lambda: imul(seq[:], Count(2)))
    show(name + ' += Declines', lambda: iadd(seq[:], Declines()))
    for other in ['q', L([5]), BA(b'w'), T((4,)), 2.0, None]:
        show(name + ' * ' + type(other).__name__, lambda: seq * other)
        show(name + ' + ' + type(other).__name__, lambda: seq + other)
        show(name + ' += ' + type(other).__name__, lambda: iadd(seq[:], other))

show('NoConcat + list', lambda: NoConcat([1]) + [2])
show('NoConcat * 2', lambda: NoConcat([1]) * 2)
show('list + NoConcat', lambda: [1] + NoConcat([2]))
show('concat(list, Count)', lambda: operator.concat([1], Count(2)))
show('iconcat(list, Declines)', lambda: operator.iconcat([1], Declines()))
show('concat(NoConcat, list)', lambda: operator.concat(NoConcat([1]), [2]))
show('iconcat(range, str)', lambda: operator.iconcat(range(2), 'a'))
show('list.__mul__(Count)', lambda: [1].__mul__(Count(2)))
