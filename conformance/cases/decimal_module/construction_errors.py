# Invalid arguments: C decimal's signal lists and messages.
from decimal import Decimal, Context, InvalidOperation, ConversionSyntax

for s in ['', ' ', 'abc', '1.2.3', '1e', 'e5', '.', '-', '--1', '1 2', 'infx', 'nan1.2', 'sNaN-1', '1e+', '0x10']:
    try:
        Decimal(s)
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e, isinstance(e, ArithmeticError))

quiet = Context(traps=[])
for s in ['abc', '1.2.3', '']:
    print(repr(s), repr(Decimal(s, quiet)), quiet.flags[InvalidOperation])

for bad in [[1], (0, (1, 2)), (2, (1,), 0), (0, (1, 12), 0), (0, (1,), 1.5), (0, (1,), 'x'), 1.5j, None, b'1']:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Decimal('1e999999999999999999999')
except InvalidOperation as e:
    print('huge exponent', e)
