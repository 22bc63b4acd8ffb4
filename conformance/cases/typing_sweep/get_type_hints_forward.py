# get_type_hints resolves string annotations against the module.
from typing import get_type_hints, Optional, List
class Tree:
    def __init__(self, left: "Optional[Tree]" = None, kids: "List[Tree]" = None):
        self.left = left
    def add(self, other: "Tree") -> "Tree":
        return self
print(get_type_hints(Tree.__init__))
print(get_type_hints(Tree.add))
def f(a: "int", b: "list[str]", c: "dict[str, Tree]") -> "None":
    pass
print(get_type_hints(f))
def g(x: int = None) -> None:
    pass
print(get_type_hints(g))
