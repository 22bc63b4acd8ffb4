# Comparisons with Decimal, int and float; hashes equal to int/float hashes.
from decimal import Decimal, getcontext, FloatOperation
from fractions import Fraction

print(Decimal('1.0') == 1, Decimal('1.5') == 1.5, Decimal('0.1') == 0.1, 1 == Decimal('1.00'))
print(Decimal(2) > 1, 3 > Decimal(2), Decimal('-0') == 0, Decimal('1e2') == 100)
print(Decimal('1.5') < 2.5, getcontext().flags[FloatOperation])
print(Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1, Decimal('Infinity') > 10**100)
print(sorted([Decimal('1.1'), Decimal('-3'), 2, Decimal('0.5'), Decimal('2.0')]))
print(max(Decimal('1.5'), 2), min([Decimal('3'), Decimal('-1.5')]))
print(Decimal('0.5') == Fraction(1, 2), Decimal('0.3') < Fraction(1, 3), Decimal('1.2') == Fraction(6, 5))
for x, y in [('1.5', 1.5), ('1', 1), ('-3', -3), ('0.1', 0.1), ('1e20', 10**20), ('-0', 0),
             ('Infinity', float('inf')), ('-Infinity', float('-inf')), ('0.25', 0.25), ('100.00', 100),
             ('-1', -1)]:
    print(x, hash(Decimal(x)) == hash(y), hash(Decimal(x)))
print(hash(Decimal('0.5')) == hash(Fraction(1, 2)))
print(len({Decimal('1.0'), Decimal(1), 1, 1.0}), {Decimal('2.50'): 'a'}[Decimal('2.5')])
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError', e)
for f in [lambda: Decimal(1) < 'a', lambda: Decimal(1) + 1.0, lambda: 1.0 * Decimal(1),
          lambda: Decimal(1) + 'x', lambda: Decimal(2) ** 0.5, lambda: Decimal(1) + Fraction(1, 2),
          lambda: Decimal(1) - None]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(Decimal(1) == 'a', Decimal(1) != None)
