from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero, Overflow, Inexact, Rounded, FloatOperation
import decimal
tests = [lambda: D("abc"), lambda: D(1) / 0, lambda: D(0) / 0, lambda: D("1e999999999") * 10, lambda: D(-1).sqrt(), lambda: D("inf") - D("inf"),
         lambda: D(1).quantize(D("1e-30")), lambda: D("1.5") + 1.5, lambda: D(1) < 1.5, lambda: D(1.1), lambda: D("1.1") == 1.1, lambda: int(D("nan")),
         lambda: int(D("inf")), lambda: D("1") % 0, lambda: D(5) // D("0.3"), lambda: divmod(D(7), D(-2)), lambda: D(-7) % 3, lambda: D(2) ** D("0.5"),
         lambda: D(10) ** -2, lambda: D("0.1") * 3, lambda: round(D("2.675"), 2), lambda: round(D("2.5")), lambda: D("1.23E+5").to_eng_string(), lambda: D(123456).scaleb(-2),
         lambda: D("-0.000").is_zero(), lambda: D("1.20").adjusted(), lambda: D(3).max(D("3.0")), lambda: D(1).exp(), lambda: D(100).ln(), lambda: D(1000).log10(),
         lambda: D("7.5").to_integral_value(), lambda: D("7.5").to_integral_value(rounding=ROUND_DOWN), lambda: D(2).fma(3, 4), lambda: D("1e5").is_signed(), lambda: D(-3).copy_abs(),
         lambda: hash(D("1.0")) == hash(1), lambda: D((1, (3, 1, 4), -2)), lambda: D("  12  "), lambda: D("1_000"), lambda: float(D("1e400")), lambda: D("nan") == D("nan"), lambda: D("snan") + 1,
         lambda: D(1) < D("nan"), lambda: sorted([D(2), D("1.5"), 1]), lambda: sum([D("0.1")] * 3), lambda: D(7).compare_total(D("7.0")), lambda: D("12.345").as_integer_ratio()]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, repr(e)[:150])
ctx = Context(prec=3, rounding=ROUND_CEILING, traps=[Inexact])
try:
    ctx.divide(D(1), D(3))
except Inexact as e:
    print("Inexact", repr(e))
print(ctx.add(D(1), D(2)), ctx.prec, getcontext().prec, repr(ctx)[:60])
with localcontext(prec=4) as c:
    print(D(2).sqrt(), c.flags[Inexact], c.flags[Rounded])
getcontext().traps[FloatOperation] = True
try:
    D(1.5)
except FloatOperation as e:
    print("FloatOperation", repr(e))
