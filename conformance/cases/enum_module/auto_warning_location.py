# auto() after a value that does not sort with the others warns (3.11's
# DeprecationWarning) at the class body's line, as _generate_next_value_'s
# stacklevel=3 counts from the namespace's __setitem__.
import warnings
from enum import Enum, auto

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    class Mixed(Enum):
        A = auto()
        B = (1, 2)
        C = auto()

    class InTuple(Enum):
        X = "x"
        Y = (auto(), "y")

print(list(Mixed), list(InTuple))
for w in caught:
    print(w.category.__name__, w.filename.rsplit("/", 1)[-1], w.lineno)
    print(str(w.message).splitlines()[0])
