# `from __future__ import annotations` turns annotations into strings at
# compile time; at run time it is an import of the __future__ module.
from __future__ import annotations

import __future__
from dataclasses import dataclass, field, fields
from typing import Optional


def area(w: float, h: float = 1.0) -> float:
    return w * h


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None


print(area.__annotations__)
print(Node.__annotations__)
print([(f.name, f.type) for f in fields(Node)])
root = Node(1)
root.children.append(Node(2, parent=root))
print(root.children[0].value, root.children[0].parent is root)
print(__future__.annotations)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.division.compiler_flag, __future__.generator_stop)
print(__future__.all_feature_names)
print(annotations is __future__.annotations)
