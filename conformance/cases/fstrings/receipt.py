# Printing a shop receipt with aligned columns.
cart = [("Coffee beans 1kg", 1, 18.5), ("Milk", 3, 1.09), ("Croissant", 4, 1.75),
        ("Gift card", 1, 50), ("Napkins", 2, 0.333)]
width = 40
print(f"{'RECEIPT':^{width}}")
print("-" * width)
subtotal = 0
for name, qty, price in cart:
    line_total = qty * price
    subtotal += line_total
    print(f"{name:<20}{qty:>3} x {price:>6.2f}{line_total:>8.2f}")
print("-" * width)
tax = subtotal * 0.08
print(f"{'Subtotal':<30}{subtotal:>10.2f}")
print(f"{'Tax (8%)':<30}{tax:>10.2f}")
print(f"{'TOTAL':<30}{subtotal + tax:>10.2f}")
print(f"{'Items':<30}{sum(q for _, q, _ in cart):>10d}")
