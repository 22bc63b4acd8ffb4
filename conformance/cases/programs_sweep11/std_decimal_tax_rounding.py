from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, localcontext

amounts = ["0.125", "0.135", "2.5", "3.5", "-2.5", "1.005", "99.995"]
print(f"{'amount':>8} {'HALF_UP':>8} {'EVEN':>8} {'CEIL':>8} {'FLOOR':>8}")
for a in amounts:
    d = Decimal(a)
    q = Decimal("0.01") if "." in a and len(a.split(".")[1]) > 1 else Decimal("1")
    row = [d.quantize(q, rounding=r) for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR)]
    print(f"{a:>8} " + " ".join(f"{str(x):>8}" for x in row))
lines = [(Decimal("19.99"), 3), (Decimal("0.33"), 7), (Decimal("5.005"), 1)]
sub = sum((p * q for p, q in lines), Decimal("0"))
tax = (sub * Decimal("0.0725")).quantize(Decimal("0.01"), ROUND_HALF_UP)
print(sub, tax, sub + tax, (sub + tax).quantize(Decimal("1.")), f"{sub + tax:>12,.2f}")
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, Decimal(2).sqrt())
print(Decimal("1.10") == Decimal("1.1"), Decimal("1.10").as_tuple().exponent, str(Decimal("1.10") * 2), Decimal("0.00") + 0)
print(sorted([Decimal("1.5"), Decimal("-0"), Decimal("1.50"), Decimal("0.1")]), max(Decimal("2"), Decimal("2.0")))
