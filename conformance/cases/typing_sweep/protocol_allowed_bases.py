# Which non-protocol bases a Protocol may have (the one-method ABCs, Generic).
from typing import Protocol, Generic, TypeVar
import collections.abc as cabc, contextlib
T = TypeVar('T')
class A(Protocol, cabc.Iterable): pass
class B(Protocol[T], cabc.Sized): pass
class C(Protocol, contextlib.AbstractContextManager): pass
class D(Protocol, Generic[T]): pass
for bases in [(cabc.Sequence,), (object,), (dict,), (cabc.Mapping,)]:
    try:
        class E(Protocol, *bases): pass
        print("ok", bases)
    except TypeError as e:
        print("TypeError", e)
class F(A, Protocol): pass
class G(A): pass
print(F._is_protocol, G._is_protocol, B.__parameters__)
