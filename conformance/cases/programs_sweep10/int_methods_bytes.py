n = 1024
print(n.to_bytes(2, "big"), n.to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 2], "big"))
print((0).to_bytes(0, "big"), int.from_bytes(b"", "big"), (1).to_bytes(), int.from_bytes(b"\x80", signed=True))
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
             lambda: (1).to_bytes(-1, "big"), lambda: (128).to_bytes(1, "big", signed=True), lambda: int.from_bytes("ab", "big")]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (10).bit_count(), (-7).bit_count())
print((10).as_integer_ratio(), (-3).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int("0x1f", 16), int("0x1f", 0), int("1_000"), int(" -12 "), int("z", 36), int("0b101", 0), int(b"42"), int("٣"))
for bad in [("1__0",), ("0x",), ("12", 1), ("012", 0), ("", 10), ("9", 8), (3.5, 10)]:
    try:
        int(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int(-3.99), int(True), int("+0"), round(12345, -2), round(-15, -1), round(25, -1), divmod(-7, 2), pow(3, -1, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
print(abs(-2**100), (2**100).bit_length(), -2**63 // 3, 7 % -3, -7 // -2, 2**-1)
