# Formatting ints beyond 64 bits in every base, with grouping and padding, and
# the 4300-digit limit of decimal conversion.
for n in [2**64, -(2**64) - 1, 3**100, 10**40 + 1, -(2**200)]:
    print(f"{n:,}")
    print(f"{n:_x}|{n:#X}|{n:o}")
    print(f"{n:b}"[:40], len(f"{n:b}"), len(f"{n:_b}"), f"{n:>60}"[-20:], f"{n:^+70,}"[:30])
big = 7**5000
print(len(f"{big:x}"), f"{big:x}"[:16], f"{big:_X}"[-19:], len(f"{big:#b}"))
for spec in ["d", ",", "n", "", ">10"]:
    try:
        print(len(format(big, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
n = int("9" * 4300)
print(len(f"{n:,}"), f"{n:_}"[-10:], f"{n:e}" if False else "")
try:
    print(f"{n * 10}")
except ValueError as e:
    print("ValueError:", e)
