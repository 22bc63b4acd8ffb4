from decimal import Decimal, ROUND_DOWN
from collections import defaultdict

expenses = [("ann", "dinner", "84.60", ["ann", "bob", "cy"]), ("bob", "taxi", "21.00", ["ann", "bob"]),
            ("cy", "tickets", "45.00", ["ann", "bob", "cy", "dee"]), ("dee", "snacks", "9.99", ["cy", "dee"])]
balance = defaultdict(Decimal)
for payer, what, amount, people in expenses:
    amount = Decimal(amount)
    share = (amount / len(people)).quantize(Decimal("0.01"), ROUND_DOWN)
    remainder = amount - share * len(people)
    balance[payer] += amount
    for i, p in enumerate(sorted(people)):
        balance[p] -= share + (Decimal("0.01") if i < remainder * 100 else 0)
print({k: str(v) for k, v in sorted(balance.items())}, "sum:", sum(balance.values()))
debtors = sorted(((v, k) for k, v in balance.items() if v < 0))
creditors = sorted(((v, k) for k, v in balance.items() if v > 0), reverse=True)
while debtors and creditors:
    (d, dk), (c, ck) = debtors[0], creditors[0]
    pay = min(-d, c)
    print(f"{dk} pays {ck} {pay}")
    debtors[0] = (d + pay, dk)
    creditors[0] = (c - pay, ck)
    if debtors[0][0] == 0:
        debtors.pop(0)
    if creditors[0][0] == 0:
        creditors.pop(0)
