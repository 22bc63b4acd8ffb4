# Native operations that compare long strings with a common prefix:
# list.count, tuple ==, deque.count and max() over a hundred 1 MB strings,
# repeated forever. Each comparison is charged by the bytes it compares,
# so the loop ends at the instruction limit, not after minutes of memcmp.
# args: --max-instructions 200000000
# limit: instructions
import collections
prefix = "a" * 10 ** 6
items = [prefix + "x" for _ in range(100)]
other = tuple(prefix + "x" for _ in range(100))
dq = collections.deque(items)
probe = prefix + "y"
while True:
    items.count(probe)
    tuple(items) == other
    dq.count(probe)
    max(items)
