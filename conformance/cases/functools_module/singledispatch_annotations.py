# singledispatch's register() reads the first parameter's annotation through
# get_type_hints (string annotations included), and takes unions of classes:
# typing.Union, Optional and the | operator; classmethod and staticmethod
# carry the annotations of what they wrap.
import collections.abc
import functools
from typing import Optional, Union


@functools.singledispatch
def kind(arg):
    return "default"


@kind.register
def _(arg: collections.abc.Sequence):
    return "sequence"


@kind.register
def _(arg: Union[int, float]):
    return "number"


@kind.register
def _(arg: Optional[dict]):
    return "dict or None"


@kind.register(set | frozenset)
def _(arg):
    return "set"


@kind.register
def _(arg: "bytes"):
    return "bytes"


for value in ([1], "s", 1, 2.5, {}, None, {1}, frozenset(), b"x", object()):
    print(type(value).__name__, kind(value))

for attempt in (lambda: kind.register(list[int], len), lambda: kind.register(3)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
try:
    @kind.register
    def _(arg: list[int]):
        return 1
except TypeError as e:
    print("TypeError:", e)
try:
    @kind.register
    def _(arg: Union[int, "list[int]"]):
        return 1
except TypeError as e:
    print("TypeError:", e)
try:
    @kind.register
    def _(arg: "no_such_name"):
        return 1
except NameError as e:
    print("NameError:", e)


class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "base"

    @area.register
    def _(self, arg: int):
        return "int"

    @area.register
    @classmethod
    def _(cls, arg: str):
        return "classmethod str"

    @area.register
    @staticmethod
    def _(arg: float):
        return "staticmethod float"


shape = Shape()
print(shape.area(1), shape.area("x"), shape.area(1.5), shape.area([]))
