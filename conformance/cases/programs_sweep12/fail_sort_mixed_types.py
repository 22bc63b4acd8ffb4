records = [
    {"name": "widget", "price": 2.5},
    {"name": "gizmo", "price": 10},
    {"name": "doohickey", "price": None},
    {"name": "thing", "price": 7},
]
by_name = sorted(records, key=lambda r: r["name"])
print([r["name"] for r in by_name])
known = sorted((r for r in records if r["price"] is not None), key=lambda r: r["price"])
print([(r["name"], r["price"]) for r in known])
print(sorted(records, key=lambda r: (r["price"] is None, r["price"] or 0))[-1])
cheapest = min(records, key=lambda r: r["price"])
print(cheapest)
