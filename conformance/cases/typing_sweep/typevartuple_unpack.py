# TypeVarTuple and Unpack in generic classes.
from typing import TypeVarTuple, Unpack, Generic, TypeVar, Tuple
Ts = TypeVarTuple("Ts")
T = TypeVar("T")
class Array(Generic[Unpack[Ts]]):
    pass
print(Ts, Unpack[Ts], Array.__parameters__)
print(repr(Array[int, str]).replace("__main__.", ""))
print(repr(Array[()]).replace("__main__.", ""))
print(Tuple[int, Unpack[Ts]], tuple[int, *Ts])
print(list(Ts) == [Unpack[Ts]])
class Head(Generic[T, Unpack[Ts]]):
    pass
print(repr(Head[int, str, bytes]).replace("__main__.", ""))
