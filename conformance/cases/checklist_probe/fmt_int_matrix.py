vals = [0, 1, -1, 42, -42, 255, 123456789, -987654321, 2**64, True, False]
specs = ["", "d", "5d", "<6d", "^7d", "=+8d", "+d", "-d", " d", "08d", "_d", ",d", "#x",
         "#X", "#o", "#b", "x", "o", "b", "X", "c", "n", "e", "E", ".2f", "F", "g", "G",
         "%", ".1%", "*^12,d", "010_x", "#010b", "+#x", " #o", "10,", "_b", "_o", "_x",
         "_X", "015,.2f", "z", "#", "=10", "0=10", ".0e", "#.0e", ".3g", "#g", ">+10.2e"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(f"{type(e).__name__}:{e}")
    print(repr(v), "|".join(out))
for bad in [".2d", ".2x", ",x", ",b", ",o", "_c", ",c", "+c", "#c", "d,", ",_d", "_,d", "s",
            "r", "a", "k", "10.d", "1.-2f", "=", "z", "zd", "99999999999999999999d"]:
    try:
        print(bad, format(10, bad))
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
for c in [-1, 0x110000, 65, 0x10FFFF]:
    try:
        print(repr(format(c, "c")))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
