# Literal types guiding a match statement.
from typing import Literal, get_args
Op = Literal["add", "sub", "mul"]
def apply(op: Op, a: int, b: int) -> int:
    match op:
        case "add":
            return a + b
        case "sub":
            return a - b
        case "mul":
            return a * b
    raise ValueError(f"bad op {op!r}; expected one of {get_args(Op)}")
print(apply("add", 2, 3), apply("mul", 2, 3))
try:
    apply("div", 1, 1)
except ValueError as e:
    print("ValueError", e)
