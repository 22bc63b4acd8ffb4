# Decimal from strings (all forms), ints, floats, tuples and Decimals.
from decimal import Decimal, getcontext, FloatOperation

for s in ['0', '-0', '1.10', '+3.14', '-7.125', '1e10', '1E-10', '-1.5e+3', '.5', '5.', '00012.3400',
          '  42  ', '\t-1.0\n', '1_000_000', '1_0.0_1e1_0', 'NaN', 'nan', '-NaN', 'NaN123', 'sNaN', '-sNaN0012',
          'Inf', '-inf', 'Infinity', '-INFINITY', '1e999999', '1e-1000000', '\u0661\u0662.5',
          '12345678901234567890123456789012345678901234567890']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple())

for n in [0, 7, -7, 10**30, -(2**100), True, False]:
    print(n, repr(Decimal(n)))

for f in [0.1, 0.5, -0.0, 1e-5, 123.456, 1e22, 2.0**-30]:
    print(f, repr(Decimal(f)))
print(repr(Decimal(float('inf'))), repr(Decimal(float('-inf'))), repr(Decimal(float('nan'))))
print(getcontext().flags[FloatOperation])

for t in [(0, (1, 2, 3), -2), (1, (4, 5), 3), (0, (), 0), (1, (0,), 'F'), (0, (1, 2), 'n'), (1, (), 'N'),
          [0, [9, 9], -1], (0, (0, 0, 1), 0)]:
    print(t, repr(Decimal(t)))

d = Decimal('3.50')
print(repr(Decimal(d)), Decimal(d) is d or Decimal(d) == d)
print(repr(Decimal()), repr(Decimal.from_float(0.25)), repr(Decimal.from_float(-3)))
