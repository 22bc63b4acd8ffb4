from itertools import groupby
from operator import itemgetter
from statistics import mean

orders = [
    {"id": 1, "customer": "ann", "region": "EU", "amount": 120.0, "status": "paid"},
    {"id": 2, "customer": "bob", "region": "US", "amount": 80.5, "status": "paid"},
    {"id": 3, "customer": "ann", "region": "EU", "amount": 42.0, "status": "refunded"},
    {"id": 4, "customer": "cy", "region": "US", "amount": 310.0, "status": "paid"},
    {"id": 5, "customer": "di", "region": "APAC", "amount": 15.25, "status": "paid"},
    {"id": 6, "customer": "bob", "region": "US", "amount": 99.99, "status": "pending"},
    {"id": 7, "customer": "ann", "region": "EU", "amount": 60.0, "status": "paid"},
]


def select(rows, where=lambda r: True, group_by=None, aggs=None, order_by=None, limit=None):
    rows = [r for r in rows if where(r)]
    if group_by:
        key = itemgetter(*group_by)
        rows.sort(key=key)
        out = []
        for k, grp in groupby(rows, key=key):
            grp = list(grp)
            rec = dict(zip(group_by, k if isinstance(k, tuple) else (k,)))
            for name, fn in (aggs or {}).items():
                rec[name] = fn(grp)
            out.append(rec)
        rows = out
    if order_by:
        for col in reversed(order_by):
            desc = col.startswith("-")
            rows.sort(key=itemgetter(col.lstrip("-")), reverse=desc)
    return rows[:limit] if limit else rows


q1 = select(orders, where=lambda r: r["status"] == "paid", group_by=["region"],
            aggs={"n": len, "total": lambda g: round(sum(r["amount"] for r in g), 2),
                  "avg": lambda g: round(mean(r["amount"] for r in g), 2)}, order_by=["-total"])
for r in q1:
    print(r)
q2 = select(orders, group_by=["customer", "status"], aggs={"n": len}, order_by=["customer", "-n"])
print(q2)
print(select(orders, order_by=["-amount"], limit=3))
