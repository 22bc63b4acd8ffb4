# Arbitrary-precision integer arithmetic.
a = 2 ** 100
b = 3 ** 64
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a * a * a)
print(a // 7, a % 7)
big = 10 ** 50 + 1
print(big * big)
print(big - 10 ** 50)
print((10 ** 30) // (10 ** 15), (10 ** 30) % (10 ** 15 + 7))
print(-(10 ** 25) // 3, -(10 ** 25) % 3)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63)
print(2 ** 64 + 2 ** 64, (2 ** 64) * 2 == 2 ** 65)
print(abs(-(2 ** 70)))
print(2 ** 200 > 3 ** 126, 2 ** 200 < 3 ** 127)
print(12345678901234567890 * 98765432109876543210)
print(99999999999999999999 + 1)
print(-99999999999999999999 - 1)
n = 1
for i in range(1, 31):
    n *= i
print("30! =", n)
print("30! digits:", len(str(n)))
print(n // (2 ** 26), n % (10 ** 9))
print(sum(range(10 ** 6)))
print(sum(x * x for x in range(1000)) * 10 ** 20)
