# A report generator that builds format specs dynamically and uses the
# f-string debugging specifier, conversions and nested replacement fields.
from decimal import Decimal
from fractions import Fraction

rows = [
    ("Widget", 4, 3.5, "tools"),
    ("Gadget-XL", 12, 1234.5678, "electronics"),
    ("Spoon", 1000, 0.005, "kitchen"),
    ("Ünïcode näme", 7, -2.25, "misc"),
]

def widths(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(4)]
    return [max(x, 6) for x in w]

w = widths(rows)
header = f"{'name':<{w[0]}} | {'qty':>{w[1]}} | {'price':^{w[2] + 6}} | {'cat':~^{w[3]}}"
print(header)
print("-" * len(header))
for name, qty, price, cat in rows:
    prec = 2 if abs(price) >= 0.01 else 4
    print(f"{name:<{w[0]}} | {qty:>{w[1]},} | {price:>+{w[2] + 6}.{prec}f} | {cat!r:^{w[3]}}")

total = sum(q * p for _, q, p, _ in rows)
print(f"{total=}")
print(f"{total = :,.3f}")
print(f"{total=!s:>20}")
print(f"{len(rows)=}, {rows[0][0]=!r}, {w[-1] * 2 = }")
items = {"a": 1, "b": [1, 2]}
print(f"{items['b']=} {items.get('zz', 'none')=}")
for spec in ["", "10", "<10", "^10", "=+10", "010", "_", ",", ".3", "e", ".2%", "#x", "#o", "#b", "c"]:
    try:
        v = 255 if spec not in (".3", "e", ".2%") else 255.0
        print(f"[{spec:>5}] -> [{v:{spec}}]")
    except ValueError as exc:
        print(f"[{spec:>5}] error: {exc}")
for v in [0.0, -0.0, 1e16, 1e-5, 123456789.0, 1.5e300, float("inf"), float("nan"), 2.5, 3.5]:
    print(f"{v!r:>12} {v:g} {v:.0f} {v:#.3g} {v:+e} {v:10.3}")
for v in [Decimal("1234.5"), Decimal("-0.00"), Decimal("1E+3"), Decimal("2.675")]:
    print(f"{v!s:>10} {v:,.2f} {v:e} {v:>12} {v:%}")
fr = Fraction(22, 7)
print(f"{fr} {fr!r} {fr!s:>8} {float(fr):.5f} {str(fr):*<9}")
try:
    print(f"{fr:.3f}")
except TypeError as exc:
    print("TypeError:", exc)
c = complex(1.5, -2)
print(f"{c} {c:.2f} {c:>20} {c.real:g}{c.imag:+g}j {complex(-0.0, 0)!r}")
print("%-10s|%5.1f%%|%+d|%x|%o|%e|%r|%c|%5s" % ("pct", 99.55, 5, -255, 8, 12345.678, "q", 65, None))
print("%(name)s owes %(amt).2f" % {"name": "Bo", "amt": 3.005})
print("{0[1]}-{0[0]}-{1.real}-{2[k]}".format(["x", "y"], 3j, {"k": "v"}))
print("{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=11))
print("{{literal}} {!a}".format("café"))
