from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 28
BRACKETS = [(Decimal("11000"), Decimal("0.10")), (Decimal("44725"), Decimal("0.12")),
            (Decimal("95375"), Decimal("0.22")), (Decimal("182100"), Decimal("0.24")),
            (Decimal("231250"), Decimal("0.32")), (Decimal("578125"), Decimal("0.35")),
            (None, Decimal("0.37"))]


def tax(income):
    owed, lower, detail = Decimal(0), Decimal(0), []
    for upper, rate in BRACKETS:
        if income <= lower:
            break
        top = income if upper is None else min(income, upper)
        part = (top - lower) * rate
        detail.append((lower, top, rate, part))
        owed += part
        lower = upper if upper is not None else income
    return owed.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), detail


for income in ["9500", "50000", "120000.50", "750000"]:
    owed, detail = tax(Decimal(income))
    eff = owed / Decimal(income)
    print(f"income {Decimal(income):>12,.2f} tax {owed:>11,.2f} effective {eff:.2%}")
    for lo, hi, rate, part in detail:
        print(f"    {lo:>10,.0f} - {hi:>10,.2f} @ {rate:.0%} = {part:>10,.2f}")
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), Decimal("1") / Decimal("3"), Decimal("2").sqrt())
print(Decimal("123.4500").normalize(), Decimal("1E+2").to_integral_value(), Decimal(-7) % 3, Decimal(-7) // 3)
