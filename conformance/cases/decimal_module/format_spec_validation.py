# Decimal's format specs follow the C module: '0' padding may not follow an
# explicit alignment, a width may not start with '0' after it, 'z' sits just
# before or after the sign, and widths past its limits are errors.
from decimal import Decimal

for spec in ['0', '05', '00', '<05', '=05', 'x<0', '>010', '010.2f', 'z.2f', 'z-.2f', '-z.2f',
             '+z.2f', 'z+.2f', 'zz.2f', '0z.2f', 'z#.2f', '5z.2f', 'z08.2f', 'z.1%', 'z.1e',
             '1000000000000000000', '.1000000000000000000', '99999999999999999999',
             '-9223372036854775808', '<-0.0g', '=<0.6', ' <020', '{=+0.6', ',', ',n', '_', '#']:
    for value in ['-0.0001', '1234.5678', 'NaN', '-Infinity']:
        try:
            print(repr(spec), value, repr(format(Decimal(value), spec)))
        except ValueError as e:
            print(repr(spec), value, 'ValueError:', e)
