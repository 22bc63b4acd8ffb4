# Basic integer arithmetic on small values, including negatives.
a, b = 17, 5
print(a + b, a - b, a * b)
print(a // b, a % b, a / b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(a ** 2, a ** 0, 0 ** 0)
print(-a, +a, -(-a))
print(abs(-a), abs(a), abs(0))
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(7 // 2 * 2 + 7 % 2)
total = 0
for i in range(1, 101):
    total += i
print("sum 1..100 =", total)
product = 1
for i in range(1, 11):
    product *= i
print("10! =", product)
x = 10
x -= 3
x *= 4
x //= 3
x %= 5
x **= 3
print("x =", x)
print(0 * -1, -0, 0 == -0)
print(1 - 1 == 0, 3 * 0)
print(int(), int(0), int(-7))
