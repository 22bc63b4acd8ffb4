def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if not 2 <= b <= 36:
        raise ValueError(f"base {b} out of range")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in [0, 5, -255, 1000, 2**40, -(3**20)]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    check = [int(s, b) == n for s, b in zip(row, (2, 8, 16, 36))]
    print(n, row, all(check))
print(to_base(255, 16) == format(255, "x"), to_base(-8, 8) == oct(-8).replace("0o", ""))
try:
    to_base(5, 1)
except ValueError as e:
    print("ValueError", e)
print(int("zz", 36), int("-101", 2), int("  +7f  ", 16), int("0b1_01", 0), str(int("0o777", 0)))
