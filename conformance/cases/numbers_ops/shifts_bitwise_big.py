# Shifts and bitwise operators with big and negative operands (infinite
# two's complement), and the shift-count errors.
vals = [0, 1, -1, 5, -5, 2**62 - 1, -2**62, 2**62, 2**64 + 3, -(2**70) + 1, 10**25]
for a in vals:
    print(a, a << 3, a >> 3, a << 62, a >> 62, a >> 200, a & 0xFF, a | 0x100, a ^ -1, ~a)
for a in vals[:6]:
    print([a & b for b in vals], [a | b for b in vals[-3:]], [a ^ b for b in vals[-3:]])
print(1 << 64, 1 << 63, -1 << 63, (1 << 100) >> 37, -(1 << 100) >> 37, 3 << 200 >> 199)
print(1 >> 10**30, -1 >> 10**30, 0 << 10**30 if False else 0)
for a, b in [(1, -1), (1, -10**30), (0, -1), (10**30, -2)]:
    for op in ("<<", ">>"):
        try:
            print(a << b if op == "<<" else a >> b)
        except ValueError as e:
            print(op, "ValueError:", e)
try:
    print(1 << 10**30)
except OverflowError as e:
    print("OverflowError:", e)
print(True << 3, True >> 1, True & 3, False | 4, True ^ True, type(True ^ True).__name__)
mask = (1 << 128) - 1
h = 0
for i in range(50):
    h = ((h << 5) ^ (h >> 3) ^ (i * 2654435761)) & mask
print(h, hex(h), h.bit_count())
