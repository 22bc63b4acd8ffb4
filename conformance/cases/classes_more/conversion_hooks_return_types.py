import math
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class F:
    def __float__(self): return 2.5
    def __int__(self): return 7
    def __complex__(self): return 1j
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
    def __bytes__(self): return b"bytes!"
n = N(3); f = F()
print([0, 1, 2, 3, 4][n], "abcdef"[N(1):N(4)], range(N(5)), hex(n), bin(n), oct(n), list(range(10))[::N(3)])
print(float(f), int(f), complex(f), round(f), round(f, 2), math.trunc(f), math.floor(f), math.ceil(f), abs(f), ~f, bytes(f))
import operator; print(operator.index(n))
print("ab" * n, [0] * n, n.__index__(), int(n) if hasattr(N, "__int__") else "no int", int(N(9)))
class BadIdx:
    def __index__(self): return "x"
try:
    [1][BadIdx()]
except TypeError as e:
    print("TypeError", e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError", e)
class BadInt:
    def __int__(self): return 1.5
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
class IdxOnly:
    def __index__(self): return 4
print(int(IdxOnly()), float(IdxOnly()) if False else "", math.sqrt(IdxOnly()), complex(IdxOnly()) if False else "")
try:
    float(IdxOnly())
    print("float from index ok", float(IdxOnly()))
except TypeError as e:
    print("TypeError", e)
class Div:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
    def __rlshift__(self, o): return ("rlshift", o)
    def __rfloordiv__(self, o): return ("rfloordiv", o)
    def __rmod__(self, o): return ("rmod", o)
    def __rtruediv__(self, o): return ("rtruediv", o)
    def __rand__(self, o): return ("rand", o)
    def __rxor__(self, o): return ("rxor", o)
    def __ror__(self, o): return ("ror", o)
    def __rsub__(self, o): return ("rsub", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
d = Div()
print(divmod(d, 1), divmod(1, d), d ** 2, pow(d, 2, 5), 2 ** d, 1 << d, 1 // d, 1 % d, 1 / d, 1 & d, 1 ^ d, 1 | d, 1 - d, 1 @ d)
try:
    pow(2, d, 5)
except TypeError as e:
    print("TypeError", e)
try:
    print("%d" % F())
except TypeError as e:
    print("TypeError", e)
print("%d %x %.1f" % (N(5), N(255), F()))
try:
    print("%x" % 3.5)
except TypeError as e:
    print("TypeError", e)
print(round(7.5, N(0)) if False else "", math.gcd(N(12), 8), format(N(5), "") if False else "")
try:
    math.floor("x")
except TypeError as e:
    print("TypeError", e)
try:
    round("x")
except TypeError as e:
    print("TypeError", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
try:
    -"x"
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
