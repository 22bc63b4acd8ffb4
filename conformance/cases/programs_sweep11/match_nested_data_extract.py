orders = [
    {"id": 1, "customer": {"name": "ann", "vip": True}, "items": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}]},
    {"id": 2, "customer": {"name": "bob"}, "items": []},
    {"id": 3, "customer": {"name": "cy", "vip": False}, "items": [{"sku": "C", "qty": 10}]},
    {"id": 4, "customer": None, "items": [{"sku": "A"}]},
    {"id": 5},
]


def summarize(o):
    match o:
        case {"id": oid, "customer": {"name": str(name), "vip": True}, "items": [_, *_] as items}:
            return f"#{oid} VIP {name}: {sum(i.get('qty', 1) for i in items)} units"
        case {"id": oid, "items": []}:
            return f"#{oid} empty order"
        case {"id": oid, "customer": {"name": name}, "items": [{"sku": sku, "qty": int(q)}]} if q >= 10:
            return f"#{oid} bulk {sku} x{q} for {name}"
        case {"id": oid, "customer": None}:
            return f"#{oid} guest checkout"
        case {"id": oid, **rest} if not rest:
            return f"#{oid} has no data"
        case _:
            return "unrecognised"


for o in orders:
    print(summarize(o))
