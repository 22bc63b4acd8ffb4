def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


def subsets(items):
    n = len(items)
    return [[items[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]


def gray(n):
    return [i ^ (i >> 1) for i in range(1 << n)]


print([popcount(x) for x in [0, 1, 7, 255, 2**40 - 1]], [x.bit_count() for x in [0, 1, 7, 255]])
print(subsets("abc"))
print([format(g, "03b") for g in gray(3)])
x = 0b10110000
print(x & -x, (x & -x).bit_length() - 1, x >> 4, x << 2, bin(x ^ 0xFF), ~x & 0xFF, x | 1)
print(1 << 100, (1 << 100) >> 99, -1 >> 5, -16 >> 2, -1 & 0xFFFF, 5 ^ -1)
print([n for n in range(1, 70) if n & (n - 1) == 0], (2**64 - 1).bit_length(), int("1" * 64, 2) == 2**64 - 1)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(bin(flags), [b for b in range(8) if flags & (1 << b)], flags & ~(1 << 3))
