# A realistic report built with f-strings: aligned columns, thousands
# separators, percentages and signed deltas.
items = [("Widget", 1200, 3.75), ("Gadget", 85, 129.99), ("Doohickey", 12500, 0.0825),
         ("Thingamajig", 3, 15999.5), ("Gizmo", 0, 42.0), ("Whatsit", 777, 1.005)]
width = max(len(name) for name, _, _ in items) + 2
print(f"{'Item':<{width}}{'Qty':>8}{'Unit':>12}{'Total':>16}{'Share':>9}")
print("-" * (width + 45))
grand = sum(q * p for _, q, p in items)
for name, qty, price in items:
    total = qty * price
    print(f"{name:<{width}}{qty:>8,}{price:>12,.2f}{total:>16,.2f}{total / grand:>9.1%}")
print("=" * (width + 45))
print(f"{'TOTAL':<{width}}{sum(q for _, q, _ in items):>8,}{'':>12}{grand:>16,.2f}{1:>9.0%}")
budget = 1_750_000
delta = grand - budget
print(f"Budget {budget:_} | delta {delta:+,.2f} | {delta / budget:+.3%} | {abs(delta):e}")
for month, value in zip(["Jan", "Feb", "Mar"], [-1234.5, 0.0, 98765.4321]):
    bar = "#" * int(abs(value) // 5000)
    print(f"{month:>4}: {value:>+12,.1f} {value:z=+12.1f} [{bar:<20}] {value:010.0f}")
