import csv
import io
from collections import defaultdict
from statistics import mean

DATA = """region,product,units,price
north,widget,10,2.50
south,widget,4,2.75
north,gadget,1,99.99
east,widget,,2.50
south,gadget,3,89.00
north,widget,7,2.40
"""
totals = defaultdict(lambda: {"units": 0, "revenue": 0.0, "prices": []})
skipped = []
for lineno, row in enumerate(csv.DictReader(io.StringIO(DATA)), start=2):
    try:
        units = int(row["units"])
        price = float(row["price"])
    except ValueError as e:
        skipped.append((lineno, str(e)))
        continue
    t = totals[(row["region"], row["product"])]
    t["units"] += units
    t["revenue"] += units * price
    t["prices"].append(price)
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "product", "units", "revenue", "avg_price"])
for (region, product), t in sorted(totals.items()):
    w.writerow([region, product, t["units"], f"{t['revenue']:.2f}", f"{mean(t['prices']):.3f}"])
print(out.getvalue(), end="")
print("skipped:", skipped)
