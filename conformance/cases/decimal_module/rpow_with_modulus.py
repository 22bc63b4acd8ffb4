# Decimal.__rpow__ takes the modulus as __pow__ does (CPython's C Decimal).
from decimal import Decimal as D, InvalidOperation
print(D(2).__rpow__(3, 5), D(2).__rpow__(3), D(2).__rpow__(3, 'x'), D(2).__rpow__(3, D(7)))
print(D(10).__rpow__(-2, 7), D(0).__rpow__(5, 3))
for args in [(3, 5), (3, 0)]:
    try:
        print(D('2.5').__rpow__(*args))
    except InvalidOperation as e:
        print(type(e).__name__)
print(3 ** D(2), pow(D(3), 2, 5), pow(D(3), D(2), 5))
