# typing.get_type_hints evaluates string annotations and forward references:
# names from the module's globals and the builtins, attributes, subscripts,
# '|', None, literals; classes merge their bases' annotations.
from __future__ import annotations

import collections
import dataclasses
import typing
from typing import Annotated, ClassVar, Dict, List, Literal, Optional, Union, get_type_hints


class Node:
    value: int
    children: list[Node]
    parent: Optional[Node] = None
    meta: Dict[str, "Node"]
    kind: Literal["leaf", "branch"]
    counter: ClassVar[int] = 0


def show(hints):
    for name, hint in hints.items():
        print(f"  {name}: {hint!r}")


print("Node")
show(get_type_hints(Node))


class Leaf(Node):
    weight: float | None
    tags: collections.OrderedDict[str, int]


print("Leaf")
show(get_type_hints(Leaf))


def area(w: float, h: "float" = 1.0, *, unit: str | None = None) -> Annotated[float, "m2"]:
    return w * h


print("area")
show(get_type_hints(area))
show(get_type_hints(area, include_extras=True))


def nothing(x, y=2):
    pass


print("nothing", get_type_hints(nothing))
print("lambda", get_type_hints(lambda a: a))


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0
    label: Union[str, None] = None
    history: List[tuple[int, int]] = dataclasses.field(default_factory=list)


print("Point")
show(get_type_hints(Point))


class WithLocal:
    item: Widget


try:
    get_type_hints(WithLocal)
except NameError as e:
    print("NameError:", e)


class Widget:
    pass


print("after", get_type_hints(WithLocal))
print("localns", get_type_hints(WithLocal, localns={"Widget": int}))
print("globalns", get_type_hints(WithLocal, globalns={"Widget": str}))


def bad(x: "int, str") -> None:
    pass


try:
    get_type_hints(bad)
except TypeError as e:
    print("TypeError:", e)
print(get_type_hints(lambda x: 5))

try:
    get_type_hints(42)
except TypeError as e:
    print("TypeError:", e)


class Tree(typing.NamedTuple):
    left: Optional[Tree]
    right: Optional[Tree]
    value: int = 0


print("Tree")
show(get_type_hints(Tree))

ref = typing.ForwardRef("List[int]")
print(ref, ref == typing.ForwardRef("List[int]"), List["Node"], Optional["int"])
