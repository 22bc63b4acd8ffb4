# Operator precedence.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, (2 * 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 100 / (10 / 5), 2 ** 3 ** 2, (2 ** 3) ** 2)
print(7 // 2 * 2, 7 % 3 * 2, -7 // 2, -(7 // 2), 1 + 2 << 3, 1 + (2 << 3))
print(6 & 3 | 4, 6 & (3 | 4), 1 | 2 ^ 3 & 4, 5 ^ 1 << 2, ~1 + 1, -~1, ~-1)
print(1 < 2 == True, (1 < 2) == True, not 1 == 2, not (1 == 2), True or False and False)
print((True or False) and False, 0 or 1 and 2, (0 or 1) and 2, not 0 or 0, not (0 or 0))
print(3 > 2 and 2 > 1, 1 if 0 else 2 if 0 else 3, [1, 2] + [3] * 2, "a" + "b" * 3)
print(-3 ** 2 * 2, 2 * -3, 2 ** -2 * 4, 10 % 3 ** 2, 10 - -3, +-+1)
print(1 + 2 == 3 and 4 - 1 == 3, 8 >> 1 + 1, (8 >> 1) + 1, 3 * 2 > 5 != False)
x = 5
print(x > 3 and x < 10 or x == 100, not x > 3, -x ** 2, (-x) ** 2)
