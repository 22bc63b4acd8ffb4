# Splitting invoices with Decimal: contexts, rounding modes, negative division
# semantics and allocation of remainders.
from decimal import (Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN,
                     ROUND_CEILING, ROUND_HALF_EVEN, ROUND_05UP, InvalidOperation,
                     DivisionByZero, Inexact, Context)

CENT = Decimal("0.01")

def allocate(total, weights):
    tw = sum(weights)
    shares = [(total * w / tw).quantize(CENT, rounding=ROUND_DOWN) for w in weights]
    remainder = total - sum(shares)
    i = 0
    while remainder > 0:
        shares[i % len(shares)] += CENT
        remainder -= CENT
        i += 1
    return shares

total = Decimal("100.00")
for weights in ([1, 1, 1], [2, 1], [3, 3, 1], [1] * 7):
    s = allocate(total, weights)
    print(weights, [str(x) for x in s], sum(s))

for v in ["2.675", "2.665", "-2.675", "0.125", "0.135", "1.005"]:
    d = Decimal(v)
    print(v, [str(d.quantize(CENT, rounding=r)) for r in
              (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_05UP)])

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    da, db = Decimal(a), Decimal(b)
    print(f"{a:>3} {b:>3} int: {a // b:>3} {a % b:>3}  dec: {da // db!s:>3} {da % db!s:>3} {divmod(da, db)}")

print(Decimal(0.1), Decimal.from_float(0.5), Decimal("1.10") + Decimal("2.205"))
print(Decimal("1E+2"), Decimal("100").normalize(), Decimal("1.500").normalize(), Decimal("0.000").normalize())
print(Decimal("-0"), Decimal("123.4500").as_tuple(), Decimal("1e3").to_integral_value(), Decimal("12.5").to_integral_value())
print(repr(Decimal("NaN")), Decimal("Infinity") > 10**100, Decimal("-inf"))
print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal("1000").log10())
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), +Decimal("3.14159265"))
    ctx.rounding = ROUND_HALF_UP
    print(Decimal("2.5000005").quantize(Decimal("1.00000")), +Decimal("1.2345675"))
print(getcontext().prec, Decimal(1) / Decimal(3))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as exc:
    print("DivisionByZero", isinstance(exc, ZeroDivisionError), isinstance(exc, ArithmeticError))
try:
    Decimal("abc")
except InvalidOperation as exc:
    print("InvalidOperation", exc)
try:
    Decimal("1.23").quantize(Decimal("1E+30"), context=Context(prec=5))
except InvalidOperation as exc:
    print("InvalidOperation on quantize")
strict = Context(prec=4, traps=[Inexact])
try:
    strict.divide(Decimal(1), Decimal(3))
except Inexact:
    print("inexact trapped")
print(strict.divide(Decimal(1), Decimal(4)))
print(sum([Decimal("0.1")] * 10) == 1, sum([0.1] * 10) == 1)
print(Decimal("3.50").compare(Decimal("3.5")), Decimal("3.50") == Decimal("3.5"), hash(Decimal("3.50")) == hash(3.5))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.567"), 2), int(Decimal("-3.9")), float(Decimal("1.1")))
print(max(Decimal("1.0"), Decimal("1")), min(Decimal("2"), 1.5), Decimal("5") * 2, 2 ** Decimal("0.5"))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.5'):.0f} {Decimal('1.5'):.0f} {Decimal('-12.3'):+08.2f}")
print(Decimal("12.30").scaleb(2), Decimal("1.2E-7"), Decimal("0.00000012"), Decimal("123E-10").adjusted())
print(Decimal("7.125").copy_negate(), Decimal(-3).copy_abs(), Decimal("1.1").fma(2, 3), Decimal("10").remainder_near(Decimal("3")))
