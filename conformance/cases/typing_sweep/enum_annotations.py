# Enums and annotations together.
import enum
from typing import Literal, get_type_hints
class Color(enum.Enum):
    RED = "r"
    GREEN = "g"
def paint(c: Color, mode: Literal["fast", "slow"] = "fast") -> "Color":
    return c
print(paint(Color.RED), get_type_hints(paint))
class Flags(enum.IntFlag):
    A = 1
    B = 2
def flags(f: Flags | None = None) -> int:
    return int(f or 0)
print(flags(Flags.A | Flags.B), flags.__annotations__)
