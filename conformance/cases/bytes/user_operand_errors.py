# bytes/bytearray `+` and `*` with a user object: its __add__/__radd__/
# __mul__/__rmul__ get their chance, else the bytes' own message.
class U:
    pass

class R:
    def __radd__(self, other):
        return 'R.__radd__(' + type(other).__name__ + ')'
    def __rmul__(self, other):
        return 'R.__rmul__(' + type(other).__name__ + ')'

for seq in [b'x', bytearray(b'y')]:
    for op in ['+', '*', '+=', '*=']:
        for other in [U(), R()]:
            x = seq
            try:
                if op == '+':
                    x = x + other
                elif op == '*':
                    x = x * other
                elif op == '+=':
                    x += other
                else:
                    x *= other
                print(type(seq).__name__, op, type(other).__name__, x)
            except TypeError as e:
                print(type(seq).__name__, op, type(other).__name__, 'TypeError', e)
    try:
        U() * seq
    except TypeError as e:
        print('TypeError', e)
    try:
        U() + seq
    except TypeError as e:
        print('TypeError', e)
