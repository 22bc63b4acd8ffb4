import csv
import io

DATA = """item,qty,price
pen,3,1.20
book,1,12.50
bag,,30
lamp,2,18
"""

reader = csv.DictReader(io.StringIO(DATA))
rows = list(reader)
print(reader.fieldnames)
for r in rows:
    print(r)
totals = {}
for r in rows:
    qty = int(r["qty"]) if r["qty"] else r["qty"]
    totals[r["item"]] = qty
print(totals)
print("items:", sum(totals.values()))
