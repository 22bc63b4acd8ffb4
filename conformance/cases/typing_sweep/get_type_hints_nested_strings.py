# Strings nested inside real annotations are evaluated too.
from typing import get_type_hints, List, Dict, Optional, Union
class Cfg: pass
def f(a: List["Cfg"], b: Dict[str, "List[Cfg]"], c: Optional["Cfg"], d: list["Cfg"],
      e: "Union[int, 'Cfg']") -> None:
    pass
for k, v in get_type_hints(f).items():
    print(k, repr(v).replace("__main__.", ""))
