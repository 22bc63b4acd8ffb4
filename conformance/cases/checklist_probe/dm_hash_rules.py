class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x

print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1): 2}
except TypeError as e:
    print(type(e).__name__, e)

class Q(P):
    pass
try:
    hash(Q(1))
except TypeError as e:
    print(type(e).__name__, e)

class R(P):
    __hash__ = object.__hash__
print(type(hash(R(1))).__name__)

class S:
    def __hash__(self):
        return 42
class T(S):
    def __eq__(self, o):
        return True
try:
    hash(T())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(S()))

class U:
    __hash__ = None
try:
    hash(U())
except TypeError as e:
    print(type(e).__name__, e)
class V(U):
    pass
try:
    hash(V())
except TypeError as e:
    print(type(e).__name__, e)

class W:
    def __hash__(self):
        return "x"
try:
    hash(W())
except TypeError as e:
    print(type(e).__name__, e)
class X:
    def __hash__(self):
        return 2**100
print(hash(X()))
class Y:
    def __hash__(self):
        return -1
print(hash(Y()))
class Z:
    def __hash__(self):
        return True
print(hash(Z()))
import collections.abc
print(isinstance(P(1), collections.abc.Hashable), isinstance(S(), collections.abc.Hashable))
print(hash(1.0) == hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset()) )
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{}: 1}
except TypeError as e:
    print(type(e).__name__, e)
s = set()
s.add(Q(2))
