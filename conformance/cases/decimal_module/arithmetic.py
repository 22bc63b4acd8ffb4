# Arithmetic at the context precision, mixing with int, exact results.
from decimal import Decimal, getcontext, localcontext

a, b = Decimal('10.25'), Decimal('3')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(Decimal(1) / 7, Decimal(2).sqrt(), Decimal('0.1') + Decimal('0.2'))
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.30') * Decimal('1.20'), Decimal('1.0') / 4)
print(Decimal('100') / Decimal('10'), Decimal('1E+2') / Decimal('1E-2'), Decimal('5') / Decimal('0.5'))
print(Decimal(3) + 4, 4 + Decimal(3), 10 - Decimal('0.5'), 3 * Decimal('1.1'), 7 / Decimal(8),
      17 // Decimal(5), 17 % Decimal(5), divmod(17, Decimal(-5)))
print(Decimal(-7) // 2, Decimal(-7) % 2, Decimal(7) // -2, Decimal(7) % -2, Decimal('-7.5') % 2)
print(Decimal('0.00') + Decimal('0.000'), Decimal('-0') + Decimal('0'), Decimal('-0') - Decimal('0'))
print(sum([Decimal('0.1')] * 10), sum(Decimal(i) / 10 for i in range(5)))
print(Decimal(2) ** 10, Decimal('1.1') ** 2, Decimal('1.10') ** 2, Decimal(2) ** -2, Decimal(10) ** -3,
      Decimal('-2') ** 3, Decimal(3) ** 0, 2 ** Decimal(5), pow(Decimal(3), 4, 5))
print(Decimal('1.1') ** 100)
print(Decimal(2) ** Decimal('0.5'), Decimal(4) ** Decimal('0.5'), Decimal('1.5') ** Decimal('2.5'))
for prec in [1, 5, 10, 40]:
    getcontext().prec = prec
    print(prec, Decimal(1) / 3, Decimal(22) / 7, Decimal('123456789') * 11, Decimal('9.99999') + 1)
getcontext().prec = 28
x = Decimal('1e20')
print(x + 1, x + Decimal('0.1'), (x + 1) - x, Decimal('1e-30') + 1)
print(Decimal('Infinity') + 1, Decimal('-Infinity') * -2, 1 / Decimal('Infinity'), Decimal('NaN') + 1)
