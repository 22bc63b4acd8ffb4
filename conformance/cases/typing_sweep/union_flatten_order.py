# typing.Union flattening order and equality with duplicates and subclasses.
from typing import Union, Optional
print(Union[int, Union[str, int], float])
print(Union[bool, int], Union[int, bool])
print(Union[int, str] == Union[int, str, int])
print(Optional[Union[int, None]])
print(Union[int, Optional[str]])
print(Union[Optional[int], str].__args__)
print(Union[int, str][()] if False else Union[int, str].__parameters__)
