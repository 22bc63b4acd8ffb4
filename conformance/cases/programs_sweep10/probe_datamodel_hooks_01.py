class C:
    def __class_getitem__(cls, item): return f"C[{item}]"
print(C[int], C[1, 2])
class S:
    def __getitem__(self, k): return k
s = S(); print(s[1:2], s[::2], s[1:2, 3], s[...], s[:, None])
import math
class N:
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
print(round(N()), round(N(), 2), math.trunc(N()), math.floor(N()), math.ceil(N()))
import warnings
warnings.simplefilter("error")
class T:
    def __trunc__(self): return 3
try:
    int(T())
except DeprecationWarning as e:
    print("DW", e)
import operator
class L:
    def __length_hint__(self): return 4
class R:
    def __reversed__(self): return iter("zyx")
print(operator.length_hint(L()), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), list(reversed(R())))
class C:
    def __contains__(self, x): return "yes"
print(1 in C(), 1 not in C())
