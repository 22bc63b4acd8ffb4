# format() and f-strings with Decimal: fixed, exponent, general, percent,
# width, fill, alignment, sign, zero padding and ',' grouping.
from decimal import Decimal, localcontext, ROUND_DOWN

vals = ['0', '-0', '1234567.891', '-1234.5', '0.000012345', '1.5E+10', '123', '1E+2', '2.675', '-0.0004',
        '100.00', 'Infinity', '-Infinity', 'NaN', '999.9995', '12345678901234567890.12345']
specs = ['', 'f', '.2f', '.0f', ',.2f', '15.2f', '<15.2f', '^15,.2f', '*>20,.2f', '+.1f', ' .1f',
         '015.2f', '010,.2f', 'e', '.3e', 'E', '.0e', 'g', '.3g', 'G', '.10g', '%', '.1%', ',', '020,',
         'n', 'z.1f', '-^12', '.2', '012', '.3F', '08,.1f']
for v in vals:
    d = Decimal(v)
    print(v, '|'.join(format(d, s) for s in specs))
print(f"{Decimal('1234.5'):>12,.2f}|{Decimal('0.1'):.3}|{Decimal('3.14159'):.2f}|{Decimal('42'):x^9}")
for bad in ['x', 'd', '_.2f', '#.0f', '.f']:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
with localcontext() as c:
    c.capitals = 0
    print(str(Decimal('1e20')), format(Decimal('1e20')), format(Decimal('1e20'), 'g'), format(Decimal('1e20'), 'G'))
    c.rounding = ROUND_DOWN
    print(format(Decimal('2.678'), '.2f'), format(Decimal('2.678'), '.2e'))
