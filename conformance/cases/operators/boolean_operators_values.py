# and/or/not on values of many types.
vals = [0, 1, "", "s", [], [0], None, 0.0, 2.5]
for a in vals[:5]:
    print(repr(a), [repr(a and b) for b in vals[5:]], [repr(a or b) for b in vals[5:]])
print(not "", not "x", not [], not [[]], not None, not 0.0)
print(([] or {}) or (), "" or 0 or None, "a" and "b" and "c", "a" and 0 and "c")
def side(tag, v):
    print("eval", tag)
    return v
print(side("L", 0) or side("R", 2))
print(side("L", 1) or side("R", 2))
print(side("L", 0) and side("R", 2))
print(side("L", 1) and side("R", 2))
