# functools.singledispatch registered by annotations, unions included.
from functools import singledispatch
from typing import Union
@singledispatch
def show(x) -> str:
    return "object"
@show.register
def _(x: int) -> str:
    return "int"
@show.register
def _(x: str | bytes) -> str:
    return "text"
@show.register
def _(x: Union[list, tuple]) -> str:
    return "seq"
print(show(1), show("a"), show(b"b"), show([1]), show((1,)), show(1.5))
try:
    @show.register
    def _(x: list[int]) -> str:
        return "nope"
except TypeError as e:
    print("TypeError", str(e).split(".")[0])
