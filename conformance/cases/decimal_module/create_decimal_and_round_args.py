# Context.create_decimal takes no underscores and no surrounding whitespace
# (unlike Decimal()), and Decimal.__round__ refuses an explicit None while
# round(d, None) calls it without the argument; quantize checks its
# rounding before its context and exp.
import decimal
from decimal import Decimal

ctx = decimal.Context()
for text in ["1_000", " 12", "1_0.5", "12", "-3.50"]:
    try:
        print(repr(text), "->", ctx.create_decimal(text))
    except decimal.InvalidOperation as e:
        print(repr(text), "-> InvalidOperation", e)
    print(repr(text), "Decimal ->", Decimal(text))
quiet = decimal.Context(traps=[])
print(quiet.create_decimal("1_000"), quiet.flags[decimal.InvalidOperation])

d = Decimal("2.5")
print(round(d), round(d, None), round(d, 1), d.__round__(), d.__round__(0))
for arg in [None, 1.0, "1"]:
    try:
        print(d.__round__(arg))
    except TypeError as e:
        print("TypeError", e)

# quantize checks its rounding, then its context, then converts exp.
for args in [(None, 'bogus'), (None, None, 5), ('x', 'bogus'), (None,)]:
    try:
        print(d.quantize(*args))
    except TypeError as e:
        print("TypeError", str(e).splitlines()[0])
