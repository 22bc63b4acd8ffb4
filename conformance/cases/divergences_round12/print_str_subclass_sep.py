# print() with str subclasses as sep and end, items and a file: CPython
# writes them as they are (no str() of sep/end), and str() of each item.
import io
import sys


class S(str):
    def __str__(self):
        return 'STR(' + self + ')'

    def __repr__(self):
        return 'REPR'


print('a', 'b', sep=S('|'), end=S('!\n'))
print(S('x'), S('y'))
print(S('x'), 1, sep=S('-'))
print(end=S('\n'))
buf = io.StringIO()
print('a', 'b', sep=S('|'), end=S('!'), file=buf)
print(repr(buf.getvalue()))


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append((type(s).__name__, s))
        return len(s)


w = W()
print('a', S('b'), sep=S('|'), end=S('?'), file=w)
print(w.parts)
w = W()
print(file=w)
print(1, 2, file=w, sep=None, end=None)
print(w.parts)
for bad in ({'sep': 1}, {'end': b'x'}, {'sep': S('x'), 'end': 3}):
    try:
        print('x', **bad)
    except TypeError as e:
        print('TypeError', e)
try:
    print('x', file=1)
except AttributeError as e:
    print('AttributeError', e)
try:
    print('x', flush=1, file=w)
except AttributeError as e:
    print('AttributeError', e)
sys.stdout.write(S('direct\n'))
try:
    sys.stdout.write(1)
except TypeError as e:
    print('TypeError', e)
buf = io.StringIO()
buf.write(S('sub'))
print(repr(buf.getvalue()), type(buf.getvalue()).__name__)
print(S('fmt'), f'{S("f")}', '%s' % S('p'), str(S('q')), format(S('r')))


class Bad(str):
    def __str__(self):
        raise ValueError('no str')


try:
    print('before', 'after', sep=Bad(','))
except ValueError as e:
    print()
    print('ValueError', e)
try:
    print('only', end=Bad(';'))
except ValueError as e:
    print()
    print('ValueError', e)


class Counted(str):
    calls = 0

    def __str__(self):
        Counted.calls += 1
        return '+'


print(1, 2, 3, 4, sep=Counted(','))
print(Counted.calls)
