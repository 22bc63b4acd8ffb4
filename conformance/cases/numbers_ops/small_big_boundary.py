# Arithmetic across the boundaries of moat's immediate ints (2**62) and of
# int64 (2**63): every result must be the same whichever representation holds it.
edges = [2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, 2**64]
for a in edges:
    print(a, a + 1, a - 1, -a, a * 2, a * -3, a // 3, a % 7, abs(a), ~a)
for a in edges[:4]:
    for b in (1, -1, 2, 2**62):
        print(a + b, a - b, a * b, a // b, a % b)
x = 2**62 - 1
x += 1
print(x, type(x).__name__, x - 1 == 2**62 - 1)
y = -2**62
print(y, y - 1, (y - 1) + 1 == y, -y, -(-y))
print((2**62) // (2**31), (2**62) % (2**31 + 1), 2**62 // -1, -2**62 // -1)
print(sum(range(2**62 - 5, 2**62 + 5)))
n = 1
for i in range(70):
    n *= 3
print(n, n.bit_length(), n // 3**69, n % 1000007)
big = 10**30
print(big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7)
print(divmod(big, 12345), divmod(-big, 12345), divmod(big, -12345))
