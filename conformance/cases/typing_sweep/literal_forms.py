# Literal: reprs, flattening, dedup, equality.
from typing import Literal, get_args, get_origin
Mode = Literal["r", "w", "a"]
print(Mode, get_args(Mode), get_origin(Mode))
print(Literal[1, 2, 1], Literal[Literal[1, 2], 3])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[0] == Literal[False])
print(Literal[None], Literal[b"x"], Literal[-3])
print(hash(Literal[1, 2]) == hash(Literal[2, 1]))
def open_mode(m: Mode) -> str:
    return m
print(open_mode("r"), open_mode.__annotations__)
for t in (lambda: isinstance("r", Mode), lambda: Literal[1]()):
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
