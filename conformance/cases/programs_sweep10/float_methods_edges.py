import math
print((0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x0p+0"), (3.5).as_integer_ratio(), (-0.0).is_integer(), (1e300).is_integer())
print(float("  1e3 "), float("-inf"), float("nAn"), float("1_0.5"), float(".5"), float("5."), float(" +Infinity"))
for bad in ["", "1e", "inf inf", "1__0", "0x10", "nan(1)"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
try: (float("inf")).as_integer_ratio()
except OverflowError as e: print("OverflowError", e)
try: float("nan").as_integer_ratio()
except ValueError as e: print("ValueError", e)
try: int(float("inf"))
except OverflowError as e: print("OverflowError", e)
try: int(float("nan"))
except ValueError as e: print("ValueError", e)
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), repr(1e16), repr(1e-5), repr(123456789012345678.0), 1/3)
print(float("nan") == float("nan"), math.isnan(float("nan")), float("inf") - float("inf"), 1e308 * 10, -1e308 * 10)
print(2.0 ** 0.5, (-8) ** (1/3) if False else "skip", 10 ** -2, 0.1 + 0.2, round(0.1 + 0.2, 15), 5 % -0.0 if False else "skip")
try: 1.0 / 0
except ZeroDivisionError as e: print("ZeroDivisionError", e)
try: 1.0 % 0
except ZeroDivisionError as e: print("ZeroDivisionError", e)
try: 2.0 ** 10000
except OverflowError as e: print("OverflowError", e)
try: (-8.0) ** 0.5 == 0
except ValueError as e: print("ValueError", e)
print((-8.0) ** 0.5, divmod(7.5, -2), -7.5 // 2, math.fmod(-7.5, 2), float(10**20), float(2**1023 * 2 - 1) if False else "")
try: float(10**400)
except OverflowError as e: print("OverflowError", e)
print(hash(float("inf")), hash(-0.0), hash(1.5), hash(float("nan")) == hash(float("nan")) if False else "nanhash", 1e22 == 10**22)
