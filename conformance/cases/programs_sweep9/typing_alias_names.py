import typing
from typing import List, Dict, Optional, Union, Callable, Tuple, Any, Literal, Type, Deque, DefaultDict, Counter, Set, FrozenSet
for o in [List, List[int], Dict, Dict[str, int], Optional[int], Union[int, None], Union[None, str], Union[int, str], Union[int, str, None], Callable, Callable[[int], str],
          Tuple, Tuple[int, ...], Any, Literal[1], list[int], Type[int], Deque, DefaultDict, Counter, Set[int], FrozenSet]:
    print(repr(o), getattr(o, "__name__", "-"), getattr(o, "__qualname__", "-"), getattr(o, "__module__", "-"), typing.get_origin(o), typing.get_args(o))
print(List.append is list.append, Dict.fromkeys("ab"), Counter.most_common.__name__)
for bad in [lambda: Optional[int](), lambda: Union[int, str](), lambda: List(), lambda: List.nope, lambda: List.__nope__, lambda: Optional[int].nope, lambda: Dict[str, int]()]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(Optional[int] == Union[int, None], Optional[int] == Union[None, int], hash(Optional[int]) == hash(Union[int, None]), Optional[Optional[int]], Union[Optional[int], str])
print(Optional[int] | str, str | Optional[int], Union[int, str] == (int | str), int | None == Optional[int])
