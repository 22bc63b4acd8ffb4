# collections.abc.Callable aliases as everyday annotations and dataclass fields.
import dataclasses, typing
import collections.abc as cabc
from typing import Optional, Union, Callable, TypeVar, get_type_hints
T = TypeVar('T')
print(Optional[Callable[[int], str]])
print(cabc.Callable[[int], str] | cabc.Callable[[str], int])
print(Union[cabc.Callable[[int], str], None])
print(typing.get_args(cabc.Callable[[int], str] | None))
print((cabc.Callable[[T], T] | None)[int])
print(list[Callable[[int], str]], dict[str, cabc.Callable[..., None]])
print(isinstance(print, cabc.Callable), isinstance(print, Callable))
x = cabc.Callable[[int], str]
print(x == typing.Callable[[int], str], typing.Callable[[int], str] == x)
@dataclasses.dataclass
class Handler:
    cb: cabc.Callable[[int], str] | None = None
    on_error: "cabc.Callable[[Exception], None] | None" = None
print(Handler(), [f.type for f in dataclasses.fields(Handler)])
print(get_type_hints(Handler))
def apply(fn: cabc.Callable[[int], int], xs: list[int]) -> list[int]:
    return [fn(v) for v in xs]
print(apply(lambda v: v * 2, [1, 2]), apply.__annotations__["fn"])
