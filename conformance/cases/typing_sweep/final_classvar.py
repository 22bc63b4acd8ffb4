# Final and ClassVar in annotations.
from typing import Final, ClassVar, get_type_hints, List
MAX: Final = 10
LIMIT: Final[int] = 5
class Config:
    registry: ClassVar[List[str]] = []
    version: Final[str] = "1.0"
    name: str = "c"
print(MAX, LIMIT, __annotations__)
print(Config.__annotations__)
print(get_type_hints(Config))
print(Final[int], ClassVar[int], ClassVar[List[int]])
for t in (lambda: ClassVar[int, str], lambda: Final[1, 2], lambda: List[ClassVar[int]],
          lambda: ClassVar[Final[int]]):
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
