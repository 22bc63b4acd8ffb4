# Context attribute validation messages.
from decimal import Context, localcontext, setcontext, getcontext, Decimal

for kw in [{'prec': 0}, {'prec': 'a'}, {'rounding': 'x'}, {'Emin': 1}, {'Emax': -1},
           {'capitals': 2}, {'clamp': 2}]:
    try:
        Context(**kw)
    except (ValueError, TypeError) as e:
        print(kw, type(e).__name__, e)
c = getcontext()
for name, value in [('prec', -5), ('rounding', 1), ('Emax', 10**30)]:
    try:
        setattr(c, name, value)
    except (ValueError, TypeError, OverflowError) as e:
        print(name, type(e).__name__, e)
try:
    localcontext(foo=1)
except TypeError as e:
    print('TypeError', e)
try:
    setcontext(1)
except TypeError as e:
    print('TypeError', e)
try:
    Decimal(1).quantize(Decimal('0.1'), rounding='ROUND_SIDEWAYS')
except TypeError as e:
    print('TypeError', e)
print(getcontext().prec)
