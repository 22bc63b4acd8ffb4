# include_extras keeps Annotated; Required/NotRequired stripped unless asked.
from typing import Annotated, TypedDict, Required, NotRequired, get_type_hints, Optional
class Opts(TypedDict, total=False):
    name: Required[Annotated[str, "label"]]
    level: NotRequired[int]
print(get_type_hints(Opts))
print(get_type_hints(Opts, include_extras=True))
def f(x: Annotated[Optional[int], "m"] = None): pass
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
