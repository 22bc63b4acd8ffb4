# `x *= seq` for a left operand whose type is a container without a repeat
# (dict, set, frozenset, range, dict views, user classes) is "unsupported
# operand"; for the other types the sequence's repeat refuses the operand.
class U:
    pass

class WithMul:
    def __mul__(self, other):
        return 'WithMul*' + type(other).__name__

lefts = [{1: 2}, {1}, frozenset(), range(2), {}.keys(), {}.values(), {}.items(), U(),
         None, 2.5, iter([]), WithMul()]
for a in lefts:
    for b in ['ab', [1], (1,), b'x', bytearray(b'y'), 2.5, 3]:
        x = a
        try:
            x *= b
            print(type(a).__name__, type(b).__name__, 'ok', x if not isinstance(x, str) or 'WithMul' in x else len(x))
        except TypeError as e:
            print(type(a).__name__, type(b).__name__, e)
for a in ['ab', [1], (1,), b'x', bytearray(b'y')]:
    for b in [2.5, None, {1: 2}, U()]:
        x = a
        try:
            x *= b
        except TypeError as e:
            print(type(a).__name__, type(b).__name__, e)
        try:
            b * a
        except TypeError as e:
            print('rev', type(b).__name__, type(a).__name__, e)
