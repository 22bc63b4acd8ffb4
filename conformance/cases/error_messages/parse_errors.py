def show(fn, arg):
    try:
        print(repr(arg), '->', repr(fn(arg)))
    except Exception as e:
        print(repr(arg), '->', type(e).__name__ + ':', e)
for s in ['12', ' 12 ', '1_000', '1__0', '_1', '0x10', '1.5', '', ' ', 'abc', '١٢', '+-1', '--1',
          '1e3', '12a', 'None', '0b2', '9' * 30, '1 2', '\x00', 'é']:
    show(int, s)
for s, base in [('10', 2), ('z', 36), ('Z', 37), ('10', 1), ('0x1f', 16), ('0x1f', 0), ('010', 0),
                ('0o17', 8), ('12', 3), ('', 10)]:
    try:
        print(s, base, '->', int(s, base))
    except ValueError as e:
        print(s, base, '-> ValueError:', e)
try:
    int(1.5, 10)
except TypeError as e:
    print('TypeError:', e)
for v in [None, [], 1j, '1.5', b'12', bytearray(b'7'), 2.9, -2.9, float('inf'), float('nan')]:
    show(int, v)
for s in ['1.5', ' 2 ', '1e5', 'inf', '-Infinity', 'nan', 'NaN', '1,5', 'abc', '', '1.2.3', '0x10',
          '1_0.5', '1__0.5', '.5', '5.', 'e5', '١٫٥', 'infinity', 'in f']:
    show(float, s)
for v in [None, [], 1j, b'1.5', '1e400', 10**400]:
    show(float, v)
for s in ['1+2j', '1 + 2j', '(1+2j)', 'j', '-j', '2', 'abc', '1+2', '1+2jj', '', ' 3j ', '(1+2j',
          'infj', 'nanj', '1e3j']:
    show(complex, s)
for args in [(1, 'a'), ('1', 2), ([], ), (None,)]:
    try:
        print(args, complex(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__ + ':', e)
for s in ['True', '1', 'yes']:
    show(bool, s)
import decimal
show(decimal.Decimal, 'abc')
show(decimal.Decimal, '1.5')
import fractions
show(fractions.Fraction, '1/0')
show(fractions.Fraction, 'x')
show(fractions.Fraction, '3/4')
show(lambda s: bytes.fromhex(s), 'zz')
show(lambda s: bytes.fromhex(s), '0a 0b')
show(lambda s: int(s, base=10), '0x1')
show(lambda s: float.fromhex(s), '0x1.8p1')
show(lambda s: float.fromhex(s), 'g')
show(ord, 'ab')
show(ord, '')
show(chr, -1)
show(chr, 0x110000)
show(chr, 'a')
