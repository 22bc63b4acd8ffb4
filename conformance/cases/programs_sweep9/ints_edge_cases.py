print(int("1_000_000"), int("0x_ff", 16), int("0b1010", 0), int("0o17", 0), int("  -42\n"))
print(int("z", 36), int("ZZ", 36), int("10", 2), int("+0"), int("٣"))
for bad in ["1__0", "_1", "1_", "0x", "12a", "", " ", "1.5", "0b2"]:
    try:
        int(bad, 0) if bad.startswith("0") else int(bad)
    except ValueError as e:
        print(e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
try:
    int(10, 2)
except TypeError as e:
    print(e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, -2))
print(-7 // 2, -7 % 2, 7 % -3, -0.0 % 5, 5 % -0.5)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2))
print(round(3.14159, 3), round(-1.5), type(round(1.5)), type(round(1.5, 0)), round(7, 0))
print(2 ** 100, (-2) ** 63, 2 ** -2, pow(3, 4, 5), pow(3, -1, 7), 10 ** 20 // 3)
print((12345678901234567890).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), (5).bit_count(), abs(-10**30), hex(-255), oct(8), bin(-5))
print(int(3.99), int(-3.99), int(True), int(1e20), float(10**20), 10**20 == 1e20)
print(7 .__index__(), (3).conjugate(), (6).numerator, (6).denominator, (10).as_integer_ratio())
print(max(2**64, 2**64 + 1), 2**64 - 1 & 0xFF, 1 << 70, -(1 << 70) >> 68, ~0, ~-1)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
print(format(12345678, ","), format(-12345678, "_"), f"{255:#x}", f"{10**15:e}")
