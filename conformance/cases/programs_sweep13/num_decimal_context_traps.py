from decimal import Decimal, Context, localcontext, DivisionByZero, Overflow, InvalidOperation, Inexact, Rounded, ROUND_HALF_EVEN, ROUND_05UP

ctx = Context(prec=5, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero])
print(ctx.divide(Decimal(1), Decimal(3)), ctx.power(Decimal(2), Decimal("0.5")), ctx.sqrt(Decimal(10)))
print(ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
try:
    ctx.divide(Decimal(1), Decimal(0))
except DivisionByZero as e:
    print("DivisionByZero:", type(e).__name__, isinstance(e, ZeroDivisionError))
with localcontext() as lc:
    lc.traps[InvalidOperation] = False
    print(Decimal("inf") - Decimal("inf"), Decimal(0) / Decimal(0), Decimal("NaN") + 1)
    lc.prec = 3
    print(Decimal("1.2345") + 0, Decimal("999.5").quantize(Decimal("1")), +Decimal("1.005"))
    lc.rounding = ROUND_05UP
    print(+Decimal("1.004"), +Decimal("1.054"), +Decimal("1.994"))
big = Context(Emax=5, traps=[])
print(big.multiply(Decimal("99999"), Decimal("99999")), big.flags[Overflow])
print(Decimal("3.14159").quantize(Decimal("0.001")), Decimal("-7.5").copy_abs(), Decimal("7").compare(Decimal("7.0")), Decimal("2.50").scaleb(2))
print(sorted([Decimal("1.10"), Decimal("1.1"), Decimal("1.09")]), Decimal("1.10") == Decimal("1.1"), hash(Decimal("1.10")) == hash(Decimal("1.1")))
