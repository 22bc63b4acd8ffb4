# '=' alignment puts padding between the sign (or 0x prefix) and the
# digits; sign options ' ', '+', '-' and zero padding.
values = [42, -42, 0, 3.5, -3.5, -0.0]
for spec in ["=8", "+=8", " =8", "*=+8", "08", "+08", " 08", "-08", "=+8.2f", "_=10,"]:
    row = []
    for v in values:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append(f"ValueError({e})")
    print(f"{spec!r:10}", row)

print(format(255, "=#10x"), format(-255, "=#10x"), format(255, "#010b"), format(-5, "#010o"))
print(format(-1234, "=+12,"), format(1234, "0=12,"), format(-1234.5, "010,.1f"))
for bad in ["=8s", "+s", " c"]:
    try:
        print(format("x", bad))
    except ValueError as e:
        print("ValueError", e)
try:
    format(65, "+c")
except ValueError as e:
    print("ValueError", e)
print(format(65, "c"), format(65, ">3c"))
print(format(True, "+"), format(True, "=5"), format(False, "+05"))
print(format(1 + 2j, "+12"), format(-1j, "+"), format(1 + 2j, "<+12"))
try:
    format(1j, "=10")
except ValueError as e:
    print("ValueError", e)
try:
    format(1j, "010")
except ValueError as e:
    print("ValueError", e)
