print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float), int | str, type(int | str).__name__, (int | str).__args__, int | str == str | int)
from typing import Self, assert_never, reveal_type, LiteralString, Never, Required, NotRequired, TypedDict
class Node:
    def set(self, v) -> Self:
        self.v = v; return self
print(Node().set(3).v, Self, Never, LiteralString)
class TD(TypedDict):
    a: Required[int]
    b: NotRequired[str]
print(TD.__required_keys__, TD.__optional_keys__)
from dataclasses import dataclass, field
@dataclass(frozen=True, slots=True)
class K:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(K(1)) == hash(K(1, [2])), K(1) == K(1, [5]), K(2) > K(1) if False else "", repr(K(1)))
import operator, math
print(operator.call(max, 1, 2), math.cbrt(27), math.exp2(10), math.nextafter(1, 2), math.ulp(1.0))
eg = ExceptionGroup("msg", [ValueError(1), KeyError(2)])
d = eg.derive([TypeError(3)]); print(repr(d), d.message, type(d).__name__)
print(repr(BaseExceptionGroup("m", [ValueError()])), type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
try:
    raise ValueError("x")
except* (TypeError, ValueError) as eg:
    print(repr(eg), eg.exceptions)
