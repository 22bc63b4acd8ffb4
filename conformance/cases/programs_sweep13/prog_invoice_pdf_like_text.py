from decimal import Decimal
import textwrap

company = "Moat Widgets Ltd., 1 Sandbox Way"
items = [("Widget, large (blue)", 3, Decimal("19.99")), ("Service plan — 12 months of priority support and upgrades", 1, Decimal("149.00")),
         ("Shipping", 1, Decimal("7.50"))]
W = 64
print("=" * W)
print(company.center(W))
print("INVOICE #2024-0042".center(W))
print("=" * W)
print(f"{'Description':<36}{'Qty':>5}{'Price':>10}{'Total':>13}")
print("-" * W)
subtotal = Decimal(0)
for desc, qty, price in items:
    lines = textwrap.wrap(desc, 34)
    total = qty * price
    subtotal += total
    print(f"{lines[0]:<36}{qty:>5}{price:>10}{total:>13}")
    for extra in lines[1:]:
        print(f"  {extra}")
print("-" * W)
vat = (subtotal * Decimal("0.2")).quantize(Decimal("0.01"))
for label, amount in (("Subtotal", subtotal), ("VAT 20%", vat), ("TOTAL DUE", subtotal + vat)):
    print(f"{label:>51}{amount:>13}")
print("=" * W)
