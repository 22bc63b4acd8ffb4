# Bitwise operators on negative and large integers (two's complement semantics).
vals = [0, 1, 5, -1, -5, 12, -12, 255, -256]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x0F, a ^ -1)
print(-5 & 3, -5 | 3, -5 ^ 3)
print(-5 & -3, -5 | -3, -5 ^ -3)
print(6 & -6, 12 & -12, 40 & -40)
big = 2 ** 100 + 12345
print(big & 0xFFFF, big | 1, big ^ big, big & -big)
print(-big & 0xFFFF, ~big, -big | 0xFF)
print((2 ** 70 - 1) ^ (2 ** 69), (-(2 ** 70)) & (2 ** 72 - 1))
x = 0b1011_0110
print(bin(x), bin(~x), bin(-x), bin(x & -x))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ
flags |= EXEC
print("flags", flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print("after clear", flags)
flags ^= WRITE
print("after toggle", flags)
count = 0
n = 0b1101_1011_0111
while n:
    n &= n - 1
    count += 1
print("popcount", count)
print(True & False, True | False, True ^ True, ~True)
