# Tuples as lightweight records in a small inventory program.
inventory = [
    ("widget", 4, 2.50),
    ("gadget", 0, 12.00),
    ("doohickey", 17, 0.75),
    ("thingamajig", 2, 99.99),
]
print("in stock:", [name for name, qty, _ in inventory if qty > 0])
value = sum(qty * price for _, qty, price in inventory)
print(f"total value: {value:.2f}")
by_value = sorted(inventory, key=lambda item: item[1] * item[2], reverse=True)
for name, qty, price in by_value:
    print(f"{name:<12} {qty:>3} {price:>7.2f} {qty * price:>8.2f}")
restocked = [(n, q + 10, p) if q < 5 else (n, q, p) for n, q, p in inventory]
print(restocked)
names, qtys, prices = zip(*inventory)
print(names, qtys, prices)
