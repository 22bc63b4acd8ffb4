# int(x, base) for parsing user-style input.
inputs = ["0x1A", "0o17", "0b1011", "42", "-0x10", "  0X_ff ", "0", "007"]
for s in inputs:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s, b in (("1A", 16), ("z", 36), ("777", 8), ("11111111", 2), ("-101", 2), ("12", 3), ("Zz", 36)):
    print(s, b, int(s, b))
colors = ["#ff8800", "#00ccff", "#123456"]
for c in colors:
    r, g, b = (int(c[i:i + 2], 16) for i in (1, 3, 5))
    print(c, (r, g, b), "#%02x%02x%02x" % (255 - r, 255 - g, 255 - b))
