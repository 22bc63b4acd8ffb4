l = [1]; l.append(l); print(l, repr(l), str(l))
d = {1: 2}; d['x'] = d; print(d)
t = (l, 2); print(t)
s = 'a\'b"c\\d\n\t\x00\x7f\x80\xff\u0100\ud800\U0001f600 é ​'
print(repr(s)); print(ascii(s)); print(repr("it's")); print(repr('say "hi"')); print(repr('both \' and "'))
print(repr(b'\x00\x7f\x80\xff\'"'), repr(bytearray(b"'")))
print(repr(1e16), repr(1.5e-7), repr(-0.0), repr(float('nan')), repr(-float('inf')), repr(2.0**63), repr(0.1 * 3))
print(str(True), repr(False), repr(None), repr(...), repr(NotImplemented))
print(repr(range(0)), repr(range(1, 5)), repr(range(1, 5, 2)), repr(range(-1, -5, -1)))
print(repr(slice(1, None)), repr(slice(None)), repr(slice('a', [1], 2.5)))
print(repr(set()), repr({1, 2}), repr(frozenset({1})), repr(frozenset()), repr({()}), repr({1: {2: {3: ()}}}))
print(repr({1: 2}.keys()), repr({1: 2}.values()), repr({'a': [1]}.items()), repr({}.keys()))
print(repr([[]] * 2), repr(((),)), repr((1,)), repr(()), repr([(1,)]))
class R:
    def __repr__(self): return 'R!'
print([R()], (R(),), {R(): R()}, {R()})
class S(str): pass
class I(int): pass
class F(float): pass
class L(list): pass
class D(dict): pass
class T(tuple): pass
class St(set): pass
class Fs(frozenset): pass
print(repr(S('x')), repr(I(5)), repr(F(1.5)), repr(L([1])), repr(D(a=1)), repr(T((1,))), repr(St()), repr(St([1])), repr(Fs()), repr(Fs([2])))
print(str(S('x')), str(I(5)), str(F(1.5)), format(I(5), 'x'), f'{F(2.5):.1f}', format(S('ab'), '>4'))
class DD(dict):
    def __repr__(self): return 'DD' + super().__repr__()
print(DD(x=1), [DD()])
import math
print(repr(math.pi), str(math.e), math.inf, -math.nan)
x = [1, 2]; y = {'k': x, 'k2': x}; print(y)
print(repr('\x1b[0m'), repr('\u2028'), repr('\u00ad'), repr('\U000e0001'), repr('\u0378'), repr('\uffff'), repr('\U0010ffff'))
print(ascii('日本'), ascii(b'x'), ascii([1, 'é']), ascii({'é': 1}))
