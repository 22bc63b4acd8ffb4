from collections import defaultdict, namedtuple
from itertools import groupby
from operator import attrgetter

Entry = namedtuple("Entry", "date account amount memo")
LEDGER = """
2024-01-03 checking -45.20 groceries
2024-01-03 savings 500.00 transfer
2024-01-05 checking -12.99 streaming
2024-01-15 checking 2500.00 salary
2024-02-01 checking -1200.00 rent
2024-02-03 checking -60.10 groceries
2024-02-10 savings 250.00 transfer
2024-02-14 credit -89.50 dinner
2024-03-01 checking -1200.00 rent
"""
entries = []
for line in LEDGER.strip().splitlines():
    date, acct, amt, memo = line.split(maxsplit=3)
    entries.append(Entry(date, acct, float(amt), memo))

def month(e): return e.date[:7]
print(f"{'month':<8} {'in':>10} {'out':>10} {'net':>10}")
for m, group in groupby(sorted(entries, key=attrgetter("date")), key=month):
    g = list(group)
    inc = sum(e.amount for e in g if e.amount > 0)
    out = -sum(e.amount for e in g if e.amount < 0)
    print(f"{m:<8} {inc:>10.2f} {out:>10.2f} {inc - out:>+10.2f}")
balances = defaultdict(float)
for e in entries:
    balances[e.account] += e.amount
for acct, bal in sorted(balances.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{acct:>10}: {bal:>12,.2f}")
by_memo = defaultdict(list)
for e in entries:
    by_memo[e.memo].append(e.amount)
print({k: round(sum(v), 2) for k, v in sorted(by_memo.items()) if len(v) > 1})
largest = sorted(entries, key=lambda e: abs(e.amount), reverse=True)[:3]
for e in largest:
    print(e)
print(f"{sum(e.amount for e in entries):.2f}", len(entries), min(entries, key=attrgetter("amount")).memo)
running = 0.0
for e in entries:
    if e.account == "checking":
        running += e.amount
        flag = " <-- overdraft" if running < 0 else ""
        print(f"{e.date} {e.amount:>9.2f} {running:>9.2f}{flag}")
