# Every rounding mode on halves, near-halves and negatives.
from decimal import (Decimal, Context, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, localcontext)

modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
         ROUND_FLOOR, ROUND_05UP]
nums = ['2.5', '3.5', '-2.5', '-3.5', '2.45', '2.55', '-2.55', '1.005', '9.95', '-0.5', '0.51',
        '7.01', '5.001', '-9.99', '0.05', '-0.04', '0.0']
for m in modes:
    row = []
    for n in nums:
        row.append(str(Decimal(n).quantize(Decimal('0.1'), rounding=m)))
        row.append(str(Decimal(n).quantize(Decimal('1'), rounding=m)))
    print(m, ' '.join(row))

for m in modes:
    with localcontext(prec=3, rounding=m):
        print(m, Decimal(1) / 3, Decimal(2) / 3, Decimal(-2) / 3, Decimal('1.2345') + 0,
              Decimal('-99.95') * 1, Decimal('1005') + Decimal('0.1'), Decimal('0.0125') * 1)
