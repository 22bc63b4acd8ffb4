from decimal import Decimal, ROUND_HALF_UP


def money(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def schedule(principal, annual_rate, months):
    r = annual_rate / 12 / 100
    payment = money(principal * r / (1 - (1 + r) ** -months)) if r else money(principal / months)
    balance = principal
    rows = []
    for m in range(1, months + 1):
        interest = money(balance * r)
        princ = payment - interest if m < months else balance
        balance -= princ
        rows.append((m, payment if m < months else princ + interest, interest, princ, balance))
    return payment, rows


payment, rows = schedule(Decimal("12000"), Decimal("6.5"), 12)
print(f"monthly payment: {payment}")
print(f"{'#':>3}{'payment':>10}{'interest':>10}{'principal':>11}{'balance':>11}")
for m, pay, i, p, b in rows:
    print(f"{m:>3}{pay:>10}{i:>10}{p:>11}{b:>11}")
total_interest = sum(r[2] for r in rows)
print("total interest:", total_interest, "| total paid:", sum(r[1] for r in rows))
print(schedule(Decimal("1000"), Decimal("0"), 3)[0], schedule(Decimal("250000"), Decimal("4.25"), 360)[0])
