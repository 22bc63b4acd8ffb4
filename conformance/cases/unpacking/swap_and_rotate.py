# Swaps, rotations and simultaneous updates.
a, b, c, d = 1, 2, 3, 4
a, b, c, d = b, c, d, a
print(a, b, c, d)
xs = [5, 1, 4, 2, 3]
for i in range(len(xs)):
    for j in range(len(xs) - 1 - i):
        if xs[j] > xs[j + 1]:
            xs[j], xs[j + 1] = xs[j + 1], xs[j]
print(xs)
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
print(x, y)
m, n = 1071, 462
while n:
    m, n = n, m % n
print(m)
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, "changed"
print(i, lst)
