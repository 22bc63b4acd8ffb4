# typing.Optional and typing.Union: reprs, flattening, collapsing.
from typing import Optional, Union, List
print(Optional[int], Optional[List[int]], Optional[Optional[int]])
print(Union[int, str], Union[int, None], Union[None, int])
print(Union[int], Union[int, int], Union[int, Union[str, float]])
print(Union[int, str] == Union[str, int], Union[int, str].__args__)
print(Optional[Union[int, str]])
print(Union[int, str, None])
print(Optional[int].__origin__, Optional[int].__args__)
