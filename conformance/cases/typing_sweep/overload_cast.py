# overload, cast and the no-op helpers.
from typing import overload, cast, Union, List, final, no_type_check, assert_never
@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x: Union[int, str]) -> Union[int, str]:
    return x * 2
print(parse(3), parse("ab"))
v = cast(int, "not really")
print(v, cast("List[int]", [1]), cast(List[int], None))
@final
class Leaf:
    pass
print(Leaf.__name__, getattr(Leaf, "__final__", None))
@no_type_check
def loose(a: "garbage !!") -> "??":
    return a
print(loose(5))
@overload
def only(x: int) -> int: ...
try:
    only(1)
except NotImplementedError as e:
    print("NotImplementedError", e)
