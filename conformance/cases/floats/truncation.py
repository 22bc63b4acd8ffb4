# Truncating and flooring floats without the math module.
for x in (2.7, -2.7, 2.0, -2.0, 0.3, -0.3, 1e15 + 0.5, -1e-9):
    floor = x // 1
    ceil = -(-x // 1)
    print(x, int(x), floor, ceil, x - floor, x % 1)
print(7.0 // 2, -7.0 // 2, 7 // 2.0, 7.9 // 1.3, 7.9 % 1.3)
print(1 // 0.1, 1 % 0.1, 0.3 // 0.1, 0.3 % 0.1)
print(-0.5 // 1, 0.5 // -1, -1.5 % 1, 1.5 % -1)
