# The ValueError and TypeError texts of the format mini-language.
cases = [(5, ".2"), (5, "xx"), (5, "."), (5, "s"), (5, "\x01"), (5, "\u00e9"), (5, "F5"), (5, "q"),
         (5, "99999999999999999999"), (5, ".99999999999999999999"), (1.5, "d"), (1.5, "c"), (1.5, "x"),
         (1.5, "ee"), (1.5, ".3000000000f"), (1.5, "=s"), (1.5, "#b"), ("s", "d"), ("s", "=^5"),
         ("s", "<=5"), (True, "s"), (None, "x"), (None, "s"), (None, "5"), ((1, 2), "5"), ([1], ">3"),
         (2**2000, "f"), (2**2000, ".1e"), (10**5000, "d"), (10**5000, ","), (-(10**5000), "n")]
for value, spec in cases:
    try:
        r = format(value, spec)
        print(repr(spec), "->", repr(r)[:40])
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
print(format(None, ""), format((1, 2), ""), format([1], ""), format(Ellipsis, ""), len(format(10**5000, "x")))
for value in [5, 1.5, True]:
    try:
        print(value.__format__(5))
    except TypeError as e:
        print("TypeError:", e)
