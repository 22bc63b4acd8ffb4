# Float arithmetic, mixed with ints.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(7.5 // 0.1, 7.5 % 0.1)
print(3 + 0.5, 3 * 0.5, 3 / 0.5, 3 // 0.5, 3 % 0.5, 2 ** 0.5)
print(0.1 + 0.2, 0.1 * 3, 1.1 + 2.2, 3.3 - 1.1, 1.0 - 0.9)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(sum([0.1] * 10), 0.1 * 10)
print(2.0 ** 1023 * 2 == float("inf"), (-8.0) ** 3, (-8.0) ** -1)
print(abs(-2.5), abs(-0.0), -(0.0))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(1.5 * 4 == 6, 6.0 == 6, 0.5 + 0.5 == 1)
total = 0.0
for i in range(1, 11):
    total += 1 / i
print("harmonic 10:", total)
x = 1.0
x += 2
x *= 1.5
x -= 0.25
x /= 2
x **= 2
x //= 1
x %= 5
print("x =", x)
print(9.0 ** 0.5, 27 ** (1 / 3), 10 ** -2, 2.5 ** -1)
