import json, re, random, statistics
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from itertools import groupby, accumulate
from operator import itemgetter, attrgetter
from dataclasses import dataclass, field

random.seed(1234)
PRODUCTS = {"apple": Decimal("0.50"), "bread": Decimal("2.25"), "cheese": Decimal("7.80"), "dates": Decimal("4.10"), "eggs": Decimal("3.05")}
CUSTOMERS = ["ann", "ben", "cho", "dia"]

@dataclass(order=True)
class Order:
    day: date
    customer: str
    lines: list = field(default_factory=list, compare=False)
    @property
    def total(self):
        return sum((PRODUCTS[p] * q for p, q in self.lines), Decimal("0"))

orders = []
start = date(2024, 3, 1)
for i in range(25):
    d = start + timedelta(days=random.randint(0, 13))
    c = random.choice(CUSTOMERS)
    lines = [(p, random.randint(1, 5)) for p in random.sample(sorted(PRODUCTS), k=random.randint(1, 3))]
    orders.append(Order(d, c, lines))
orders.sort()
for o in orders[:5]:
    print(o.day, o.customer, o.lines, o.total)
print("orders:", len(orders), "revenue:", sum(o.total for o in orders))
by_week = groupby(orders, key=lambda o: o.day.isocalendar()[1])
for wk, grp in by_week:
    grp = list(grp)
    print(f"week {wk}: {len(grp):2d} orders, {sum(o.total for o in grp):>8} total")
per_cust = defaultdict(list)
for o in orders:
    per_cust[o.customer].append(o.total)
for c, tots in sorted(per_cust.items(), key=lambda kv: sum(kv[1]), reverse=True):
    avg = (sum(tots) / len(tots)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    print(f"{c:>4} n={len(tots)} avg={avg} max={max(tots)} median={statistics.median(tots)}")
units = Counter()
for o in orders:
    for p, q in o.lines:
        units[p] += q
print(units.most_common(3), sum(units.values()))
running = list(accumulate(o.total for o in orders))
print(running[::5])
report = {"generated": start.isoformat(), "top": [{"product": p, "units": u} for p, u in units.most_common(2)], "by_customer": {c: str(sum(t)) for c, t in sorted(per_cust.items())}}
print(json.dumps(report, indent=2))
big = [o for o in orders if o.total > Decimal("20")]
print(len(big), [f"{o.customer}@{o.day:%m/%d}" for o in sorted(big, key=attrgetter("total"), reverse=True)][:4])
print(random.random(), random.gauss(0, 1), random.choices(CUSTOMERS, k=5))
