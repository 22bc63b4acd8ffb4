# Generic with several parameters, partial specialisation, subclassing.
from typing import Generic, TypeVar
K = TypeVar("K")
V = TypeVar("V")
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
P = Pair[str, int]
print(repr(P).replace("__main__.", ""))
class StrPair(Pair[str, V]):
    pass
print(StrPair.__parameters__)
print(repr(StrPair[int]).replace("__main__.", ""))
sp = StrPair("a", 1)
print(sp.k, sp.v, isinstance(sp, Pair))
print([repr(b).replace("__main__.", "") for b in StrPair.__orig_bases__])
