class A:
    @classmethod
    def make(cls): return cls.__name__
class B(A):
    @classmethod
    def make(cls): return "B+" + super().make()
print(B.make(), super(B, B).make())
from fractions import Fraction
print(Fraction(1, 2) + 0.5, Fraction(1, 2) + 1, Fraction(1, 2) * (1+1j), 2 ** Fraction(1, 2), Fraction(1, 2) ** 2, Fraction(4) ** Fraction(1, 2))
print(1 + 2.0, 2 ** -2, 7 / 7, True + True, True / 2, -True, ~True, 3 * "ab", [0] * True, 1 == 1 + 0j, (1 + 0j) == True)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.0, 2), -7 % 2, 7 % -2, -7.0 % 2, 2 ** 0.5 ** 2, -2 ** 2, (-2) ** 2, 10 // 3 * 3 + 10 % 3)
print(0.1 * 3, 1e16 + 1, 2 ** 53 + 1.0, 1 / 3 * 3, 100 * 1.1, 9007199254740993 == 9007199254740993.0, 10 ** 16 == 1e16)
import math
print(math.floor(1e20), math.ceil(-0.5), round(-0.5), int(-0.5), math.floor(-0.0), float(-0), -0.0 + 0.0, 0.0 * -1, str(-0.0 * 0))
