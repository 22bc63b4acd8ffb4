# TypeVar type-checks its bound and constraints as CPython's typing does: a
# string becomes a ForwardRef, and the errors name what is wrong.
from typing import TypeVar, Generic, List, AnyStr

K = TypeVar("K", bound="Comparable")
print(K, K.__bound__, K.__constraints__)
N = TypeVar("N", int, "float")
print(N.__constraints__, N.__bound__)
print(TypeVar("B", bound=List["X"]).__bound__)
print(TypeVar("Z", bound=0).__bound__, TypeVar("C", covariant=1).__covariant__)
print(AnyStr, AnyStr.__constraints__)
for args, kw in [(("A", int), {}), (("A", int, str), {"bound": int}),
                 (("A",), {"bound": (1, 2)}), (("A", (1,), str), {}),
                 (("A",), {"bound": Generic}), (("A", int, List[int]), {}),
                 (("A",), {"covariant": True, "contravariant": True})]:
    try:
        t = TypeVar(*args, **kw)
        print(t, t.__bound__, t.__constraints__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
