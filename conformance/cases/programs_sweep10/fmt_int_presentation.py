for n in [0, 7, -7, 255, -255, 10**12, -(2**64)]:
    print(f"{n:d}|{n:+d}|{n: d}|{n:,}|{n:_x}|{n:#_b}|{n:o}|{n:>+10}|{n:=+10}|{n:010}|{n:e}|{n:.2%}")
print(format(65, "c"), format(0x1F600, "c"), format(True, "d"), format(True, ""), format(False, ">6"))
print(format(1234, "n"), format(12345678, "_"), format(255, "#010x"), format(-1, "#06b"))
for spec in ["c", ",c", "+c", ".2d", "#s"]:
    try:
        print(spec, format(65, spec))
    except ValueError as e:
        print("ValueError", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError", e)
try:
    format(2**40, "c")
except OverflowError as e:
    print("OverflowError", e)
try:
    format(5, "z")
except ValueError as e:
    print("ValueError", e)
