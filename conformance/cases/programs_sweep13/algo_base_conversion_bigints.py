DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


for n in (0, 255, -255, 2**64 - 1, 10**30 + 7):
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    assert all(int(s, b) == n for s, b in zip(row, (2, 8, 16, 36)))
    print(n, row)
print(bin(-10), oct(64), hex(2**100), format(2**100, "_x"), f"{12345678:,}", f"{255:#010b}")
print(int("zz", 36), int("0x_ff", 16), int("0b1010", 0), int("  -0o17 ", 0))
print((2**200).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else None, (255).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "little"), (-129).to_bytes(2, "big", signed=True).hex())
