from decimal import Decimal
from collections import defaultdict

entries = """
2024-01-01,alice,deposit,100.00
2024-01-02,bob,deposit,50.5
2024-01-03,alice,withdraw,30.25
2024-01-04,bob,withdraw,80
2024-01-05,carol,transfer,10
2024-01-06,alice,deposit,abc
""".strip().splitlines()

balances = defaultdict(Decimal)
errors = []
for lineno, line in enumerate(entries, 1):
    date, who, kind, amount = line.split(",")
    try:
        amt = Decimal(amount)
    except Exception as e:
        errors.append((lineno, f"bad amount {amount!r} ({type(e).__name__})"))
        continue
    if kind == "deposit":
        balances[who] += amt
    elif kind == "withdraw":
        if balances[who] < amt:
            errors.append((lineno, f"{who} overdrawn by {amt - balances[who]}"))
            continue
        balances[who] -= amt
    else:
        errors.append((lineno, f"unknown kind {kind}"))
for who in sorted(balances):
    print(f"{who:<6}{balances[who]:>10}")
for e in errors:
    print("line %d: %s" % e)
print(sum(balances.values()), max(balances, key=balances.get))
