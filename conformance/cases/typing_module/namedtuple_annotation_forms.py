# NamedTuple classes store string annotations as ForwardRefs and None as
# NoneType, as CPython's.
from typing import NamedTuple, Optional
class P(NamedTuple):
    x: int
    y: "float" = 0.0
    z: None = None
    w: Optional["P"] = None
print(P(1), P.__annotations__, P._fields, P._field_defaults)
class Q(P):
    extra: int
print(Q.__annotations__, Q(1, 2.0))
