# itertools.product(..., repeat=10**9) copies its pools repeat times
# before the first item (CPython: a list of 10**9 pools, MemoryError):
# the copy is charged before it is made.
# limit: memory
import itertools
first = next(itertools.product(range(2), repeat=10 ** 9))
print(len(first))
