# Literal with enum members and checking values against it.
import enum
from typing import Literal, get_args
class Color(enum.Enum):
    RED = 1
    BLUE = 2
L = Literal[Color.RED, "x"]
print(L)
print(get_args(L))
Allowed = Literal["a", "b"]
def check(v):
    return v in get_args(Allowed)
print(check("a"), check("c"))
