# NamedTuple definition errors.
from typing import NamedTuple
tries = [
    lambda: NamedTuple("P", [("a", int), ("a", str)]),
    lambda: NamedTuple("P", [("class", int)]),
    lambda: NamedTuple("P", [("1x", int)]),
    lambda: NamedTuple("P", [("a", 3)]),
    lambda: NamedTuple("P", [("a",)]),
]
for t in tries:
    try:
        print(t()._fields)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Bad(NamedTuple):
        x: int
        def _replace(self):
            pass
except AttributeError as e:
    print("AttributeError", e)
