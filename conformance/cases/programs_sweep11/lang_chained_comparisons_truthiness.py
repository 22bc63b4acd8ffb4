def between(lo, x, hi):
    return lo <= x < hi


print([between(0, x, 3) for x in (-1, 0, 2, 3)])
calls = []


def val(v):
    calls.append(v)
    return v


print(val(1) < val(2) < val(0) < val(5), calls)
calls.clear()
print(val(3) == val(3) != val(4), calls)
for v in [0, 0.0, 0j, "", [], (), {}, set(), None, range(0), "0", [0], 0.1, -1]:
    print(repr(v), bool(v), end="; ")
print()
print(0 or "default", "" or [] or None, 1 and 2 and 3, 1 and 0 and 3, None or 0, not [] , not not "x")
x = []
y = x or ["fallback"]
print(y, x is y, (x and x[0]) , [] == [] is not None, 1 in [1] in [[1]])
print(1 < 2 > 1.5, "a" < "b" <= "b" < "c", (1, 2) < (1, 3) < (2,), [1] < [1, 0])
