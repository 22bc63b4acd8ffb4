import math, sys
from fractions import Fraction
from decimal import Decimal
vals = [-1, -2, 0, 1, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 100, 1.5, -1.5, 0.1, 1e300, float("inf"), float("-inf"), -0.0, 1 + 2j, -1j, Fraction(1, 3), Fraction(-1, 2), Decimal("1.5"), Decimal("0.1"), True]
for v in vals:
    print(repr(v), hash(v))
print(hash(Fraction(3, 1)) == hash(3), hash(Decimal(2.5)) == hash(2.5), hash(1.0) == hash(1) == hash(Fraction(1)) == hash(Decimal(1)), sys.hash_info.modulus, sys.hash_info.inf)
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(frozenset()), hash(frozenset({1, 2})), hash(None) is not None)
for x in [2.5, 3.5, -2.5, 1e20, 0.125, 1.0000000000000002, 123.456, -0.0, 5e-324]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), round(x, 400), round(x, -400))
print(round(12345, -2), round(-12355, -1), round(10 ** 30 + 5 * 10 ** 29, -30), round(7, None), round(2.5, None), round(Fraction(5, 2)), round(Fraction(7, 3), 2), round(Decimal("2.345"), 2))
print(5.0 // float("inf"), -5.0 // float("inf"), 5.0 % float("inf"), -5.0 % float("inf"), float("inf") % 5 if False else "", divmod(-0.0, 1), math.fmod(-0.0, 1))
print(7.0 // -0.5, 7.5 % -2, -7.5 % 2, 1e-300 * 1e-300, -1e-300 * 1e-300, 2 ** -1074, 2.0 ** -1075, (-2.0) ** 3, (-8) ** (1 / 3))
print(int("-0"), -0, 0 * -1, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), max(-0.0, 0.0), min(0.0, -0.0), sorted([0.0, -0.0]))
print((3).__round__(-1), (15).__round__(-1), (25).__round__(-1), (1.5).__round__(), (2.675).__round__(2), float.__round__(0.5), int.__floor__(5), float.__floor__(-0.5))
print(0.1 + 0.2 == 0.3, (0.1 + 0.2).hex(), float.hex(0.3), 1.1 + 2.2, 3.3000000000000003 == 1.1 + 2.2, 100 * 1.1, 0.57 * 100, int(0.57 * 100), 1 / 3 * 3)
