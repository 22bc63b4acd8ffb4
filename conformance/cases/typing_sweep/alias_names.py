# __name__, __qualname__ and _name of typing aliases.
import typing
from typing import List, Dict, Optional, Union, Callable, Tuple, Literal
for a in (List, List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str],
          Tuple[int, ...], typing.Sequence[int], Literal[1]):
    print(repr(a), getattr(a, "__name__", "-"), getattr(a, "__qualname__", "-"), getattr(a, "_name", "-"))
print(List[int].__module__, Optional[int].__module__)
