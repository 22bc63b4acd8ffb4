# Left and right shifts, including negatives and big shift counts.
for n in (1, 3, -1, -3, 1000, -1000):
    print(n, n << 1, n << 10, n >> 1, n >> 3)
print(1 << 100)
print((1 << 100) >> 99, (1 << 100) >> 200, -(1 << 100) >> 200)
print(-1 >> 100, -7 >> 1, -8 >> 2)
print(5 << 0, 5 >> 0)
print(0 << 1000, 0 >> 5)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError", e)
print(255 >> 4, (255 >> 4) << 4, 255 & ~0xF)
def bits(n, width):
    return [(n >> i) & 1 for i in reversed(range(width))]
print(bits(13, 8), bits(-13, 8))
print(True << 3, 1 << True)
