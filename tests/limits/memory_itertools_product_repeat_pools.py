# itertools.product(..., repeat=10**9) copies its pools repeat times
# before the first item (CPython: a list of 10**9 pools, MemoryError):
# the copy is charged before it is made.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
import itertools
first = next(itertools.product(range(2), repeat=10 ** 9))
print(len(first))
