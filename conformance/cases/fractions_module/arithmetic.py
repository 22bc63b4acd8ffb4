# Arithmetic between Fractions, ints, floats and complex numbers.
from fractions import Fraction as F

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(b + a, b - a, b * a, b / a, b // a, b % a, divmod(b, a))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a)
print(a // 1, 7 // a, a % 1, 7 % a, divmod(a, 2), divmod(7, a))
print(a + True, True - a, -a, +a, abs(b), -F(0))
print(a + 0.5, 0.5 + a, a * 2.0, 2.0 / a, a // 0.25, 1.0 % a, divmod(a, 0.5), divmod(2.5, a))
print(a + 1j, 1j * a, a / 2j, (1 + 2j) - a)
print(repr(a ** 2), repr(a ** -2), repr(b ** 3), repr(b ** -3), repr(F(0) ** 0))
print(a ** F(2), a ** F(1, 2), F(4) ** 0.5, F(-8, 27) ** F(1, 3))
print(2 ** F(3), 2 ** F(-3), 4 ** F(1, 2), 2.0 ** F(2), (-8) ** F(1, 3))
print(repr(F(2, 3) ** F(-2)), repr(F(9, 4) ** True), 2 ** F(6, 3))
print(type(2 ** F(3)).__name__, type(F(9, 4) ** 0.5).__name__, (1j) ** F(2))
print(F(-7, 2) // 2, F(-7, 2) % 2, F(7, 2) % -2, divmod(F(-7, 2), F(2, 3)))
print(sum([F(1, n) for n in range(1, 11)]))
print(sum([F(1, 3)] * 3), sum([F(1, 10)] * 10) == 1, sum([0.1] * 10) == 1)
x = F(1)
for i in range(1, 20):
    x = x * F(i, i + 1) + F(1, i * i)
print(x)
print(F(10**30, 3) * F(3, 10**29), F(2**64 + 1, 2**64) - 1)

import operator
for op in [operator.add, operator.sub, operator.mul, operator.truediv,
           operator.floordiv, operator.mod, operator.pow]:
    for other in [F(2, 3), 2, 0.25, -3]:
        try:
            r = op(F(5, 2), other)
            print(op.__name__, other, repr(r))
        except (ZeroDivisionError, TypeError) as e:
            print(op.__name__, other, type(e).__name__, e)
