# int(): from strings in every base, floats, bools and ints, with CPython's errors.
print(int(), int(7), int(-7.9), int(7.9), int(1e30), int(-1e-30), int(True), int(2**70))
texts = ["42", "  -42  ", "+0", "1_000_000", "0x1F", "0o17", "0b101", "0", "00", "0_0", "010",
         "\u0663\u0664", "\u2003 12 \u2003", "1__0", "_1", "1_", "", " ", "-", "12a", "1.5", "\u00b2"]
for t in texts:
    for base in (10, 0, 16):
        try:
            print(repr(t), base, int(t, base))
        except ValueError as e:
            print(repr(t), base, "ValueError:", e)
for t, base in [("zz", 36), ("ZZ", 36), ("777", 8), ("ff", 16), ("0xff", 16), ("0b11", 2), ("11", 2),
                ("z", 35), ("10", 1), ("10", 37), ("10", -1), ("10", True), ("0o7", 0), ("0O7", 0)]:
    try:
        print(t, base, int(t, base))
    except ValueError as e:
        print(t, base, "ValueError:", e)
print(int("10", base=2), int(x="10") if False else int("10"))
for args in [(5, 10), (None,), ([],), (1.5, 2), ("10", 2.0), ("10", "2")]:
    try:
        print(int(*args))
    except TypeError as e:
        print(args, "TypeError:", e)
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int(base=10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(int("9" * 4300) % 1000, len(str(int("1" * 4000))))
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError:", e)
