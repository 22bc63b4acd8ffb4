# TypedDict definition errors.
from typing import TypedDict
tries = [
    lambda: TypedDict("X", {"a": 1}),
    lambda: TypedDict("X", {"a": int}, total=3).__total__,
    lambda: TypedDict("X", [("a", int)]),
    lambda: TypedDict(),
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
class Movie(TypedDict):
    title: str
print(Movie(title="x", extra=1))
