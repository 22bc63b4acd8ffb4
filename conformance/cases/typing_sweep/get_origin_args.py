# get_origin and get_args over many forms.
import collections.abc
from typing import (get_origin, get_args, List, Dict, Union, Optional, Callable, Tuple,
                    Literal, Annotated, Generic, TypeVar, ClassVar, Final)
T = TypeVar("T")
forms = [int, list, list[int], List[int], List, Dict[str, int], Union[int, str], int | str,
         Optional[int], Callable[[int], str], Callable[..., int], collections.abc.Callable[[int], str],
         Tuple[int, ...], tuple[()], Literal[1, 2], Annotated[int, "m"], Generic, Generic[T],
         ClassVar[int], Final[str], T, None]
for f in forms:
    print(repr(f), "->", get_origin(f), get_args(f))
