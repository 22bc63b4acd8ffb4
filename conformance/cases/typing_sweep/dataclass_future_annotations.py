# dataclasses under `from __future__ import annotations` see strings.
from __future__ import annotations
from dataclasses import dataclass, field, fields
import typing
from typing import ClassVar
@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    total: ClassVar[int] = 0
    label: typing.Optional[str] = None
n = Node(1, [Node(2)])
print(n)
print([(f.name, f.type) for f in fields(Node)])
print(Node.__annotations__)
print(typing.get_type_hints(Node))
