from collections import defaultdict
from fractions import Fraction

expenses = [
    ("ann", 120, ["ann", "bob", "cy"], "groceries"),
    ("bob", 45, ["bob", "cy"], "taxi"),
    ("cy", 300, ["ann", "bob", "cy", "di"], "cabin"),
    ("di", 30, ["di", "ann"], "coffee"),
    ("ann", 16, ["cy"], "book for cy"),
]
balance = defaultdict(Fraction)
for payer, amount, people, what in expenses:
    share = Fraction(amount, len(people))
    balance[payer] += amount
    for p in people:
        balance[p] -= share
for p in sorted(balance):
    print(f"{p:<4}{float(balance[p]):>9.2f}  ({balance[p]})")
assert sum(balance.values()) == 0
creditors = sorted(((b, p) for p, b in balance.items() if b > 0), reverse=True)
debtors = sorted(((-b, p) for p, b in balance.items() if b < 0), reverse=True)
transfers = []
while creditors and debtors:
    c_amt, c = creditors.pop(0)
    d_amt, d = debtors.pop(0)
    pay = min(c_amt, d_amt)
    transfers.append((d, c, pay))
    if c_amt > pay:
        creditors.insert(0, (c_amt - pay, c))
    if d_amt > pay:
        debtors.insert(0, (d_amt - pay, d))
for d, c, amt in transfers:
    print(f"{d} pays {c} {float(amt):.2f}")
print(len(transfers), "transfers settle", len(expenses), "expenses")
