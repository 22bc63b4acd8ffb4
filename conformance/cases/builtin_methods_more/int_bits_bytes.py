for n in [0, 1, 7, 255, -1, -255, 2**64 - 1, -(2**70)]:
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"), (1).to_bytes(), (-1).to_bytes(2, "big", signed=True))
print((-129).to_bytes(2, "little", signed=True), (2**64).to_bytes(9, "big"))
for args, kw in [((1, "big"), {}), ((2, "big"), {"signed": False}), ((1, "big"), {"signed": True})]:
    for n in [256, -1, 128]:
        try:
            print(n, n.to_bytes(*args, **kw))
        except OverflowError as e:
            print(n, type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(bytearray(b"\x80"), "little", signed=True), int.from_bytes(b"\x00" * 10 + b"\x01", "big"))
class MyInt(int):
    pass
m = MyInt.from_bytes(b"\x05", "big")
print(type(m).__name__, m)
print((10).as_integer_ratio(), (-3).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag)
print(int("0x1f", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("1_000", 0), int("z", 36), int(" 12 "))
for s, b in [("08", 0), ("12", 2), ("1__0", 10), ("", 10), ("0x", 16)]:
    try:
        int(s, b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("1", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(True), int(-2.9), int(2.9), (7).__index__(), (-7) // 2, (-7) % 2, divmod(-7, 2), pow(3, -1, 7))
