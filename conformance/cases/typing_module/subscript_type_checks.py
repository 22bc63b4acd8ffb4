# What a typing subscript accepts as a type (typing._type_check): tuples,
# bare special forms, Generic, Protocol, ClassVar[...] and Final[...] are
# refused with CPython's messages.
from typing import Optional, ClassVar, Final, Union, List, Any
for f in [lambda: Optional[int, str], lambda: ClassVar[int, str], lambda: Final[int, str], lambda: Optional[5], lambda: Optional[(int,)], lambda: Optional[Union], lambda: Optional[ClassVar[int]], lambda: List[ClassVar[int]], lambda: Union[int, Final[int]], lambda: Optional[Any]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
from typing import Dict, Tuple, Callable, Generic, Protocol, TypeVar, NoReturn
T = TypeVar("T")
for f in [lambda: List[Union], lambda: Dict[str, (int, str)], lambda: List[Generic], lambda: List[Generic[T]], lambda: Callable[[int], NoReturn], lambda: List[None], lambda: Dict["K", "V"], lambda: List[NoReturn], lambda: Union[int, "str"], lambda: ClassVar[Any]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
