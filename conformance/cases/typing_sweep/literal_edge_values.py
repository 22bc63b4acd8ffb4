# Literal with unusual values.
from typing import Literal
print(Literal[[1, 2]] if False else Literal[(1, 2)])
print(Literal["a", b"a", 1, True, None])
print(Literal[True] == Literal[1], Literal["a"] == Literal["a"])
print(Literal[1, 2].__args__, Literal[(1, 2)].__args__)
print(Literal[Literal["x"], "y", Literal["x"]])
try:
    print(Literal[[1]], "unhashable ok")
except TypeError as e:
    print("TypeError", e)
