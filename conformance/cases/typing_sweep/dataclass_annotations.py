# dataclasses with typing annotations of every kind.
from dataclasses import dataclass, field, fields
from typing import Optional, List, Dict, ClassVar, Union, Any, Tuple
@dataclass
class Item:
    name: str
    tags: List[str] = field(default_factory=list)
    meta: Dict[str, Any] = field(default_factory=dict)
    parent: Optional["Item"] = None
    size: int | float = 0
    pair: Tuple[int, ...] = ()
    count: ClassVar[int] = 0
    note: "str" = ""
i = Item("a", ["x"])
print(i)
print([(f.name, f.type) for f in fields(Item)])
print(Item.count, "count" in [f.name for f in fields(Item)])
print(Item.__annotations__["size"], Item.__annotations__["note"])
