# None as an annotation becomes NoneType in get_type_hints.
from typing import get_type_hints, Optional
def f(a: None, b: "None", c: Optional[None] = None) -> None:
    pass
print(f.__annotations__)
print(get_type_hints(f))
print(Optional[None], type(None) | None)
