from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, getcontext, localcontext, InvalidOperation, DivisionByZero, Context
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("100")]
sub = sum(prices)
tax = (sub * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(sub, tax, sub + tax, repr(sub + tax), f"{sub + tax:>12,.2f}|", f"{tax:e}", f"{sub:%}")
for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING):
    print(r, [str(Decimal(x).quantize(Decimal("1"), rounding=r)) for x in ("2.5", "3.5", "-2.5", "-0.4")])
print(Decimal("1.10") + Decimal("2.20"), Decimal("1.1") * 3, Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(Decimal(0.1), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.000").normalize())
print(Decimal("-0"), Decimal("inf"), Decimal("-Infinity"), Decimal("nan"), Decimal("sNaN"), Decimal(" 3.14 "))
print(Decimal("10") // Decimal("3"), Decimal("-10") // Decimal("3"), Decimal("-10") % Decimal("3"), divmod(Decimal("7.5"), 2))
print(Decimal("1.23456789").quantize(Decimal("1.000")), round(Decimal("2.675"), 2), round(Decimal("7.5")), round(Decimal("8.5")))
print(Decimal("3.0") == 3, Decimal("0.1") == 0.1, Decimal("1.5") < 2, hash(Decimal("2")) == hash(2), int(Decimal("-7.9")), float(Decimal("1.5")))
print(Decimal((0, (1, 2, 3), -2)), Decimal("12.30").as_tuple(), Decimal("1.2300").adjusted(), Decimal(10) ** 20, Decimal(2) ** Decimal("0.5"))
print(max(prices), min(prices), sorted(prices, reverse=True), Decimal("5").compare(Decimal("7")), Decimal("-3.2").copy_abs())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0, +Decimal("1.23456789"))
print(getcontext().prec, Decimal(1) / Decimal(3))
for expr in ("1/0", "0/0", "sqrt-1", "bad", "quant"):
    try:
        if expr == "1/0": Decimal(1) / Decimal(0)
        elif expr == "0/0": Decimal(0) / Decimal(0)
        elif expr == "sqrt-1": Decimal(-1).sqrt()
        elif expr == "bad": Decimal("1.2.3")
        else: Decimal("1e30").quantize(Decimal("0.01"))
    except DivisionByZero as e:
        print(expr, "DivisionByZero", isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
    except InvalidOperation as e:
        print(expr, "InvalidOperation", e)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError", e)
print(Decimal(1).is_finite(), Decimal("nan").is_nan(), Decimal("-0").is_signed(), Decimal("1e-7"), Decimal("1e-6"), Decimal("0.0000001"), str(Decimal("123E-10")))
print(f"{Decimal('1234.5'):,}", f"{Decimal('0.5'):.0f}", f"{Decimal('1.5'):.0f}", format(Decimal("12.5"), "08.2f"))
try:
    f"{Decimal('-1234567.891'):_.1f}"
except ValueError as e:
    print("ValueError", e)
def split_bill(total, n):
    total = Decimal(total)
    share = (total / n).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    shares = [share] * n
    rem = total - share * n
    i = 0
    while rem > 0:
        shares[i] += Decimal("0.01"); rem -= Decimal("0.01"); i += 1
    return shares
print(split_bill("100.00", 3), sum(split_bill("100.00", 3)), split_bill("0.05", 4))
c = Context(prec=3, rounding=ROUND_HALF_UP)
print(c.add(Decimal("1.234"), Decimal("5.678")), c.divide(1, 3), c.create_decimal("3.14159"))
print(Decimal("12.345").to_integral_value(), Decimal("2.5").to_integral_value(), Decimal("1e2").to_eng_string(), Decimal("123e5").to_eng_string())
print(sum([Decimal("0.1")] * 10) == Decimal("1.0"), sum([0.1] * 10) == 1.0, Decimal.from_float(0.25), Decimal(3).ln().quantize(Decimal("1e-10")), Decimal(100).log10())
