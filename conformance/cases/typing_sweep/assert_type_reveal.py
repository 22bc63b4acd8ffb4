# assert_type and get_overloads at run time.
from typing import assert_type, reveal_type, overload, get_overloads, clear_overloads
x = assert_type(3, int)
print(x, assert_type("s", float))
@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x
print(len(get_overloads(conv)), [o.__annotations__ for o in get_overloads(conv)])
clear_overloads()
print(get_overloads(conv))
class Shape:
    @overload
    def scale(self, k: int) -> "Shape": ...
    @overload
    def scale(self, k: float) -> "Shape": ...
    def scale(self, k):
        return self
print([o.__qualname__ for o in get_overloads(Shape.scale)])
for i in range(3):
    @overload
    def again(x: int) -> int: ...
    def again(x):
        return x
print(len(get_overloads(again)))
