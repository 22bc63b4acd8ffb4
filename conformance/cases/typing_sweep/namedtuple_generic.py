# NamedTuple fields with rich annotations and nesting.
from typing import NamedTuple, Optional, List
class Node(NamedTuple):
    value: int
    children: List["Node"] = []
    parent: Optional[str] = None
n = Node(1, [Node(2)])
print(n)
print(Node.__annotations__)
print(n.children[0].value, n._replace(value=9).value)
print(sorted([Node(3), Node(1), Node(2)]))
