# Garbage made in straight-line code (no loop, no call into Python: no
# back-edge safepoint) is collected before the next native call or binary
# operation once a collection is due, so a script whose live data fits its
# memory limit finishes: each big value below is dropped before the next
# is made, and each is more than half the 256M default limit. (A value
# dropped after a collection that found it alive waits for the next due
# collection: docs/ARCHITECTURE.md, Memory.)
# limit: none
# expect-output: b 0 7 8
s = "a" * 150_000_000
del s
s = "b" * 150_000_000
first = s[-1]
s = None
b = bytes(140_000_000)
second = b[-1]
b = None
t = [7] * 16_000_000
third = t[-1]
t = None
u = [8] * 16_000_000
print(first, second, third, u[-1])
