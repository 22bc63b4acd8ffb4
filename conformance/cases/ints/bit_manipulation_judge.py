for n in [0, 1, 5, 255, 256, -1, -5, 2**64 - 1, -(2**63)]:
    print(n, bin(n), n.bit_length(), n.bit_count(), hex(n), oct(n), f"{n:#010b}" if n >= 0 else f"{n:b}")
print(~5, ~-1, ~0, -5 >> 1, -1 >> 10, -16 >> 2, 5 << 3, 1 << 100, -(1 << 100) >> 99, 7 & -8, -7 | 3, -7 ^ 3, 6 & 3, 6 | 3, 6 ^ 3)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 << 1
except TypeError as e:
    print("TypeError:", e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print((65535).to_bytes(4, byteorder="big"), (0).to_bytes(0, "big"), (-128).to_bytes(1, "little", signed=True))
for args in [(256, 1, "big", False), (-1, 2, "big", False), (128, 1, "big", True)]:
    n, size, order, signed = args
    try:
        n.to_bytes(size, order, signed=signed)
    except OverflowError as e:
        print("OverflowError:", e)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
try:
    (5).to_bytes(2, "middle")
except ValueError as e:
    print("ValueError:", e)
def popcount_table(n):
    return [bin(i).count("1") for i in range(n)]
print(popcount_table(16))
def gray(n):
    return [i ^ (i >> 1) for i in range(1 << n)]
print([f"{g:03b}" for g in gray(3)])
def subsets(items):
    n = len(items)
    return [[items[j] for j in range(n) if mask >> j & 1] for mask in range(1 << n)]
print(subsets("abc"))
x = 0b1011_0110
print(x, x & -x, (x & -x).bit_length() - 1, x & (x - 1), bool(x & (x - 1)), 64 & 63 == 0)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), flags & ~READ, f"{flags:03b}", int("101", 2), int("777", 8), int("ff", 16))
print(True + True, True << 3, ~True, -True, True & 2, True ^ True, type(True ^ True), type(True & 1), (3).__and__(5))
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(i) for i in (1, 2, 3, 128, 255)])
print(int.bit_length(10 ** 100), (10**100).bit_count(), (2**100).to_bytes(13, "big").hex(), bytes.fromhex("ff 00 7f"))
