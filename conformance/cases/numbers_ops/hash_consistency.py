# Equal numbers hash equal across int, float and bool, so they share dict keys.
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, -2**61, 2**62, -2**62, 2**100, -2**100, 10**30, 1.5, 0.5,
        -0.0, 1e100, float("inf"), float("-inf"), 2.0**70, 0.1, 1e-300, True, False]
for v in vals:
    print(repr(v), hash(v))
print(hash(2.0**70) == hash(2**70), hash(1e100) == hash(int(1e100)), hash(-1) == hash(-2))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d = {}
for k in [0, 0.0, False, 2**64, 2.0**64, 10, 10.0, -0.0]:
    d[k] = d.get(k, 0) + 1
print(d)
s = {1, 1.0, True, 2, 2.0, 3.5}
print(sorted(s), len(s))
