# get_type_hints errors: unresolved names, non-type annotations, bad arguments.
from typing import get_type_hints
def f(a: "Missing") -> None:
    pass
try:
    get_type_hints(f)
except NameError as e:
    print("NameError", e)
def h(a: 3) -> None:
    pass
try:
    print(get_type_hints(h))
except TypeError as e:
    print("TypeError", e)
try:
    get_type_hints(42)
except TypeError as e:
    print("TypeError", e)
