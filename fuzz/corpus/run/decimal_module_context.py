# getcontext, setcontext, localcontext, Context attributes and templates.
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, BasicContext,
                     ExtendedContext, DefaultContext, ROUND_DOWN, ROUND_HALF_UP, Inexact, Rounded,
                     DivisionByZero, InvalidOperation, Overflow, Clamped)

print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
c = getcontext()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.traps)

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, getcontext().prec, ctx is getcontext())
print(Decimal(1) / 7, getcontext().prec)

with localcontext(prec=3, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, ctx)
with localcontext(Context(prec=4)):
    print(Decimal(2) / 3)
    with localcontext(rounding=ROUND_HALF_UP):
        print(Decimal('1.00005') + 0, getcontext().prec)

old = getcontext()
setcontext(Context(prec=6, rounding=ROUND_HALF_UP))
print(Decimal(2) / 3, getcontext())
setcontext(ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, getcontext().flags[DivisionByZero])
print(getcontext())
setcontext(old)

c = Context(prec=10, traps=[Inexact])
print(c, c.traps[Inexact], c.traps[Rounded])
c.traps[Rounded] = True
c.traps[Inexact] = False
print(c)
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec)
try:
    c.add(Decimal('1.23456789012'), 0)
except Rounded as e:
    print('Rounded', e, c.flags[Rounded])
c.clear_flags()
print(c.flags[Rounded])
c.clear_traps()
print(c)
q = Context(prec=3)
print(q.create_decimal('1.23456'), q.create_decimal(987654), q.create_decimal_from_float(0.1))
print(q.divide(Decimal(10), 4), q.multiply(2, Decimal('1.25')), q.sqrt(Decimal(2)), q.power(2, 10),
      q.subtract(Decimal(5), 7), q.quantize(Decimal('1.2345'), Decimal('0.01')), q.to_sci_string(Decimal('1E+5')))
print(getcontext().flags[Inexact])
