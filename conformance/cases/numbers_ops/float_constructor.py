# float(): strings (with underscores, inf/nan spellings, Unicode digits), ints
# and bools, with CPython's errors.
texts = ["1.5", "  -2.25  ", "1e5", "1E-5", ".5", "5.", "1_000.000_1", "inf", "-Infinity", "+iNf",
         "nan", "-NaN", "1e400", "-1e400", "1e-400", "0x10", "1_.5", "1._5", "", " ", "abc", "1e",
         "\u0661.\u0665", "\u20031.25\u2003", "1.5\u00e9", "--1", "1 5", "0.1e-3_0"]
for t in texts:
    try:
        print(repr(t), float(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
print(float(), float(3), float(-0), float(True), float(2**53 + 1), float(10**20), float(-2**1023))
print(float(123456789012345678901234567890), float(2**1024 - 2**971), float(2**1024 - 2**970 - 1))
for v in [10**400, 2**1024, -2**1024]:
    try:
        print(float(v))
    except OverflowError as e:
        print("OverflowError:", e)
for args in [(None,), ([],), ("1", "2")]:
    try:
        print(float(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    float(x=1)
except TypeError as e:
    print("TypeError:", e)
print(float("1" * 400), float("0." + "0" * 400 + "1"))
