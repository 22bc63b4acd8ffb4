# The exact exceptions and messages of bad Fraction input.
from fractions import Fraction

def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('1/0', Fraction, 1, 0)
attempt('-5/0', Fraction, -5, 0)
attempt("'3/0'", Fraction, '3/0')
attempt("'-3/0'", Fraction, '-3/0')
attempt('F/0', Fraction, Fraction(1, 2), 0)
for s in ['', ' ', '1/', '/2', '1/2/3', '1.2/3', 'abc', '1e', '1.5e', '_1', '1_', '1__0',
          '1/-2', '--1', '+-1', '.', '.e1', '3 /4', 'inf', 'nan', '0x10', '1.5.5', '1/2 x',
          '1.d', '1.dd', '1e1.5']:
    attempt(repr(s), Fraction, s)
attempt('float', Fraction, 1.5, 2)
attempt('float2', Fraction, 1, 2.0)
attempt('str2', Fraction, '1', 2)
attempt('list', Fraction, [1])
attempt('complex', Fraction, 1j)
attempt('None', Fraction, None)
attempt('inf', Fraction, float('inf'))
attempt('-inf', Fraction, float('-inf'))
attempt('nan', Fraction, float('nan'))
attempt('from_float str', Fraction.from_float, '1.5')
attempt('from_float Fraction', Fraction.from_float, Fraction(1, 2))
attempt('from_float inf', Fraction.from_float, float('inf'))
attempt('from_decimal float', Fraction.from_decimal, 1.5)
attempt('from_decimal str', Fraction.from_decimal, '1.5')
attempt('div zero', lambda: Fraction(1, 2) / 0)
attempt('rdiv zero', lambda: 1 / Fraction(0))
attempt('floordiv zero', lambda: Fraction(1, 2) // Fraction(0))
attempt('mod zero', lambda: Fraction(1, 2) % 0)
attempt('divmod zero', lambda: divmod(Fraction(1, 2), 0))
attempt('float div zero', lambda: Fraction(1, 2) / 0.0)
attempt('zero neg pow', lambda: Fraction(0) ** -1)
attempt('neg frac pow', lambda: Fraction(-8) ** Fraction(1, 3))
attempt('str add', lambda: Fraction(1, 2) + '1')
attempt('radd str', lambda: '1' + Fraction(1, 2))
attempt('list mul', lambda: [1] * Fraction(2))
attempt('None sub', lambda: None - Fraction(2))
attempt('round str', lambda: round(Fraction(1, 3), '2'))
attempt('kw', lambda: Fraction(numerator=3, denominator=6))
attempt('three', lambda: Fraction(1, 2, 3))
attempt('index', lambda: [1, 2, 3][Fraction(1)])
attempt('range', lambda: range(Fraction(3)))
attempt('pow3', lambda: pow(Fraction(2), 2, 5))
attempt('format spec', lambda: format(Fraction(1, 3), '.2f'))
attempt('fstring spec', lambda: f'{Fraction(1, 3):>8}')
attempt('setattr', lambda: setattr(Fraction(1, 3), 'x', 1))
