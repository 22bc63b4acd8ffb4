import csv
import io
from collections import namedtuple, defaultdict
from statistics import mean

CSV = """date,region,rep,units,unit_price
2024-01-03,East,Jones,95,1.99
2024-01-06,Central,Kivell,50,19.99
2024-01-09,Central,Jardine,36,4.99
2024-01-15,Central,Gill,27,19.99
2024-01-18,West,Sorvino,56,2.99
2024-01-21,Central,Jones,60,4.99
2024-01-26,Central,Andrews,75,1.99
2024-02-01,East,Jones,90,4.99
"""

reader = csv.reader(io.StringIO(CSV))
Sale = namedtuple("Sale", next(reader))
sales = [Sale._make(row)._replace(units=int(row[3]), unit_price=float(row[4])) for row in reader]
print(sales[0], sales[0]._asdict()["rep"], Sale._fields)
by_region = defaultdict(list)
for s in sales:
    by_region[s.region].append(s.units * s.unit_price)
print(f"{'region':<8}{'n':>3}{'total':>10}{'avg':>9}")
for region, totals in sorted(by_region.items(), key=lambda kv: -sum(kv[1])):
    print(f"{region:<8}{len(totals):>3}{sum(totals):>10.2f}{mean(totals):>9.2f}")
reps = defaultdict(int)
for s in sales:
    reps[s.rep] += s.units
best = max(reps.items(), key=lambda kv: kv[1])
print("top rep:", best, "months:", sorted({s.date[:7] for s in sales}))
Point = namedtuple("Point", "x y", defaults=(0,))
p = Point(3)
print(p, p + (1,), p._replace(y=5), Point._field_defaults, tuple(p), p.x * 2)
