for args in [("10",), ("  10  ",), ("1_000",), ("1__000",), ("_1",), ("1_",), ("0x1f", 16), ("0x1f", 0),
             ("1f", 16), ("0b101", 0), ("0o17", 0), ("017", 0), ("00", 0), ("0", 0), ("z", 36), ("Z", 36),
             ("10", 1), ("10", 37), ("10", -1), ("", 10), (" ", 10), ("+", 10), ("-0", 10), ("+5",),
             ("٣",), ("1e3",), ("1.0",), (b"12",), (bytearray(b"12"),), (b" 12 ",), ("12", 10.0),
             (12, 10), (3.99,), (-3.99,), (float("inf"),), (float("nan"),), ("0b", 0), ("0x_1", 0),
             ("0_x1", 0), ("0x1_f", 16), ("1 2",), ("١٢", 10), ("\u3000 7\u3000",), (None,), ([1],),
             ("9" * 5000,), (True,), ("0B11", 0), ("0XfF", 0), ("   -0x10  ", 16)]:
    try:
        r = int(*args)
        print(args if len(repr(args)) < 60 else "long", "->", r if r < 10**20 else "big")
    except (ValueError, TypeError, OverflowError) as e:
        msg = str(e)
        print(args if len(repr(args)) < 60 else "long", type(e).__name__, msg[:120])
try:
    int(x="5")
except TypeError as e:
    print(type(e).__name__, e)
print(int("5", base=8), int(base=10, x="7") if False else "skip")
for s in ["1.5", " 1.5 ", "1_0.5", "1e5", "1E-5", ".5", "5.", "inf", "-Infinity", "nan", "+NaN",
          "iNfInItY", "infi", "1e", "e5", "1_", "_1", "1__0", "0x10", "1.5.2", "", " ", "١٫٥",
          "1e1000", "-1e-1000", "0" * 50 + "1", "1_000.000_1", "+-1", "1 .5", "\t2.5\n", "nan(1)"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for v in [b"1.5", bytearray(b"2"), None, [1], 2**1024, "1" * 400]:
    try:
        print(repr(v)[:20], float(v))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(v)[:20], type(e).__name__, e)
class F:
    def __float__(self):
        return 1
try:
    float(F())
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __int__(self):
        return "x"
try:
    int(I())
except TypeError as e:
    print(type(e).__name__, e)
class T0:
    def __trunc__(self):
        return 7

print(float.fromhex("0x1.8p1"), float.fromhex("-0X.1P-2"), float.fromhex(" inf "), (1.5).hex(), (0.0).hex(), (-0.1).hex())
for s in ["0x", "1p", "0x1.g", "0x1p99999"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((2.5).is_integer(), (3.0).as_integer_ratio(), (0.1).as_integer_ratio())
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
