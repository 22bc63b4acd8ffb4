from decimal import Decimal

CATALOG = {"apple": Decimal("0.40"), "bread": Decimal("2.25"), "cheese": Decimal("5.90"), "wine": Decimal("12.00")}
RULES = [
    ("3 apples for 1.00", lambda cart: (cart.get("apple", 0) // 3) * (3 * CATALOG["apple"] - Decimal("1.00"))),
    ("10% off wine", lambda cart: cart.get("wine", 0) * CATALOG["wine"] * Decimal("0.10")),
    ("bread+cheese combo -1", lambda cart: min(cart.get("bread", 0), cart.get("cheese", 0)) * Decimal("1")),
]


def checkout(cart):
    lines = []
    subtotal = Decimal(0)
    for item, qty in sorted(cart.items()):
        cost = CATALOG[item] * qty
        subtotal += cost
        lines.append(f"{item:<8}{qty:>3} x {CATALOG[item]:>6} = {cost:>7}")
    discounts = [(name, rule(cart)) for name, rule in RULES]
    discounts = [(n, d) for n, d in discounts if d]
    for name, d in discounts:
        lines.append(f"  {name:<26} -{d:>6.2f}")
    total = subtotal - sum((d for _, d in discounts), Decimal(0))
    lines.append(f"{'TOTAL':<26}{total:>9.2f}")
    return "\n".join(lines)


print(checkout({"apple": 7, "bread": 2, "cheese": 1}))
print()
print(checkout({"wine": 3, "apple": 2}))
