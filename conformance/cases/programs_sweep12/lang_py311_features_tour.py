import math
from enum import StrEnum, auto
from typing import Self, LiteralString, Never, assert_never
from dataclasses import dataclass


class Color(StrEnum):
    RED = auto()
    GREEN = auto()


@dataclass
class Builder:
    parts: list

    def add(self, p) -> Self:
        self.parts.append(p)
        return self


def check(x: int | str) -> str:
    match x:
        case int():
            return "int"
        case str():
            return "str"
        case _:
            assert_never(x)


print(math.cbrt(27), math.exp2(10), Color.RED, Color.GREEN.upper(), Color("red") is Color.RED)
print(Builder([]).add(1).add(2), check(3), check("s"))
try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", [str(e) for e in eg.exceptions])
e = KeyError("missing")
e.add_note("looked in config.toml")
e.add_note("and in environment")
print(e.__notes__, repr(e))
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match_, rest = eg.split(ValueError)
print(match_, "|", rest, "|", [type(x).__name__ for x in match_.exceptions])
print(eg.subgroup(lambda ex: isinstance(ex, TypeError)), len(eg.exceptions))
print(list(zip("ab", [1, 2], strict=True)), (255).bit_count(), "prefix_body".removeprefix("prefix_"))
print(f"{'nested {quotes}'!r:>20}", f"{-0.0:z.2f}", f"{3.14159:=^12.3f}")
try:
    check(1.5)
except AssertionError as ex:
    print("AssertionError:", ex)
