from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, localcontext, getcontext

lines = [("coffee", "3", "2.675"), ("bagel", "2", "1.125"), ("juice", "1", "4.995"), ("tip", "1", "0.005")]
CENT = Decimal("0.01")
subtotal = Decimal(0)
for name, qty, price in lines:
    amount = Decimal(qty) * Decimal(price)
    subtotal += amount
    print(f"{name:8} {qty:>2} x {price:>6} = {amount:>8} -> {amount.quantize(CENT, ROUND_HALF_UP):>7}")
print("subtotal", subtotal)
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING):
    print(f"{mode:16}", subtotal.quantize(CENT, rounding=mode))
tax = (subtotal * Decimal("0.0825")).quantize(CENT, ROUND_HALF_EVEN)
print("tax", tax, "total", subtotal.quantize(CENT) + tax)
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(getcontext().prec, Decimal(1) / Decimal(7))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30").normalize(), Decimal("-0.00").is_signed())
print(Decimal("123.456").as_tuple(), Decimal("1e3").to_integral_value(), Decimal(0.1))
