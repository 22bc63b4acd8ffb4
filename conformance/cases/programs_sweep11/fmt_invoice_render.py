from decimal import Decimal

items = [("Consulting (hours)", 12.5, Decimal("95.00")), ("Travel", 1, Decimal("320.40")),
         ("Software license — annual", 3, Decimal("1200")), ("Discount", 1, Decimal("-150"))]
width = 64
print(f"{'INVOICE #2024-0042':^{width}}")
print("=" * width)
print(f"{'Description':<32}{'Qty':>8}{'Unit':>12}{'Total':>12}")
print("-" * width)
subtotal = Decimal(0)
for desc, qty, unit in items:
    line = Decimal(str(qty)) * unit
    subtotal += line
    d = desc if len(desc) <= 30 else desc[:29] + "…"
    print(f"{d:<32}{qty:>8g}{unit:>12,.2f}{line:>12,.2f}")
print("-" * width)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"))
for label, val in [("Subtotal", subtotal), ("Tax 8.25%", tax), ("TOTAL", subtotal + tax)]:
    print(f"{label:>52}{val:>12,.2f}")
print(f"{'Paid':>52}{'':>12}" + "|")
print("%-20s%s" % ("Due date:", "2024-07-01"), "{:>{}}".format("thank you", width - 29))
