class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e: print(e)
try:
    {P(1)}
except TypeError as e: print(e)
try:
    d = {}; d[P(1)] = 2
except TypeError as e: print(e)
class Q(P):
    __hash__ = P.__hash__
try:
    hash(Q(1))
except TypeError as e: print(e)
class R(P):
    def __hash__(self): return hash(self.x)
print(hash(R(5)), len({R(1), R(1), R(2)}))
class S:
    def __hash__(self): return 42
print(hash(S()))
class T:
    __hash__ = None
try:
    hash(T())
except TypeError as e: print(e)
print(T() == T())
class U:
    def __hash__(self): return "x"
try:
    hash(U())
except TypeError as e: print(e)
class V:
    def __hash__(self): return 2**70
print(hash(V()))
class W(int):
    def __eq__(self, o): return True
try:
    hash(W(3))
except TypeError as e: print(e)
class X:
    def __eq__(self, o): return NotImplemented
a = X()
print(a == a, a == X(), a != a)
class Y:
    def __ne__(self, o): return "ne"
print(Y() != 1, Y() == 1)
class Z:
    def __eq__(self, o): return "eq!"
print(Z() == 1, Z() != 1)
print(1 == Z(), [Z()] == [Z()])
print(Z() in [1, 2])
class Cnt:
    n = 0
    def __eq__(self, o):
        Cnt.n += 1
        return False
c = Cnt()
print(c in [c, 1], Cnt.n)
print(Cnt() in [1, 2, 3], Cnt.n)
