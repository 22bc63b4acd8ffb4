orders = [
    {"id": 1, "items": [{"price": 3.5, "qty": 2}, {"price": 1.25, "qty": 4}]},
    {"id": 2, "items": [{"price": 10.0, "qty": 1}]},
    {"id": 3, "items": [{"price": 2.0}]},
]
for order in orders:
    total = sum(item["price"] * item["qty"] for item in order["items"])
    print(f"order {order['id']}: {total:.2f}")
