# A one-item array repeated a billion times asks for gigabytes: refused,
# never the host's memory.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
from array import array
big = array("d", [0]) * 10**9
