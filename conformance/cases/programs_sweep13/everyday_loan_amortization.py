from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


def schedule(principal, annual_rate, months):
    r = Decimal(annual_rate) / 12 / 100
    payment = (principal * r / (1 - (1 + r) ** -months)).quantize(CENT, ROUND_HALF_UP)
    balance = principal
    rows = []
    for m in range(1, months + 1):
        interest = (balance * r).quantize(CENT, ROUND_HALF_UP)
        principal_part = payment - interest if m < months else balance
        balance -= principal_part
        rows.append((m, payment if m < months else principal_part + interest, interest, principal_part, balance))
    return payment, rows


payment, rows = schedule(Decimal("10000"), "6.5", 12)
print("monthly payment:", payment)
print(f"{'m':>2} {'pay':>9} {'int':>8} {'princ':>9} {'balance':>10}")
for m, pay, i, p, b in rows:
    print(f"{m:>2} {pay:>9} {i:>8} {p:>9} {b:>10}")
print("total interest:", sum(r[2] for r in rows), "paid:", sum(r[1] for r in rows))
