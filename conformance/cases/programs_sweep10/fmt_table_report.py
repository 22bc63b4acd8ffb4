rows = [("Widget", 4, 3.5), ("Gadget with long name", 12, 19.999), ("Ünïcode", 0, 0.0), ("Neg", -2, -1.25)]
headers = ("Item", "Qty", "Price", "Total")
widths = [max(len(str(r[0])) for r in rows), 5, 8, 10]
line = "+".join("-" * (w + 2) for w in widths)
print(line)
print(" | ".join(f"{h:^{w}}" for h, w in zip(headers, widths)))
print(line)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{widths[0]}} | {qty:>{widths[1]}d} | {price:>{widths[2]},.2f} | {total:>{widths[3]}.2f}")
print(line)
print(f"{'TOTAL':<{widths[0]}} | {'':>{widths[1]}} | {'':>{widths[2]}} | {grand:>{widths[3]}.2f}")
print(f"{grand:=^30,.3f}")
print(f"{'%':>3}{0.4567:>8.1%}")
