rows = [("widget", 4, 3.5), ("gizmo", 12, 0.25), ("doohickey", 1, 120)]
for name, qty, price in rows:
    print(f"{name:<10}{qty:>4}{price:>10.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'total':<10}{total:>14.2f}")
print(f"{'count':<10}{len(rows):>14.2s}")
