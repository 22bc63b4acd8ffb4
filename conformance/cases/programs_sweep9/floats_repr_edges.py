vals = [0.1 + 0.2, 1/3, 1e16, 1e-5, 123456789012345678.0, 1e22, 1.0, -0.0, 2.5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), v.is_integer(), v.hex() if v == v else "")
print(float("inf"), float("-inf"), float("nan"), float(" 1e3 "), float("1_000.5"), float("-Infinity"))
print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 4.35 * 100, 3 * 1.1)
print(1e300 * 1e10, -1e300 * 1e10, (1e300 * 1e10) - (1e300 * 1e10))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), float.fromhex("0x1.8p1"), (2.0).hex())
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    (1e308 * 10).as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1e300, -299))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, abs(-2.5), divmod(-5.5, 2))
print(float(2**53 + 1), 2**53 + 1 == float(2**53 + 1), 1e16 + 1, 9007199254740993)
print(f"{0.1:.20f}", f"{1e-7}", f"{1e-4}", 1e16.__repr__(), 12345.678e3)
import math
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7))
print(math.inf > 1e308, math.nan == math.nan, math.copysign(1, -0.0), math.frexp(8.0), math.ldexp(0.5, 4))
