# Floating-point accumulation error and ways to see it.
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(sum([0.1] * 10), sum([0.1] * 100), sum([1e100, 1.0, -1e100]))
acc = 0.0
for i in range(1000):
    acc += 0.001
print(acc)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
print(1e16 + 1.0 - 1e16, 1e16 - 1e16 + 1.0)
print((0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3))
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print("machine epsilon", eps)
tiny = 1.0
count = 0
while tiny / 2 > 0:
    tiny /= 2
    count += 1
print("smallest", tiny, "after", count, "halvings")
big = 1.0
while big * 2 != float("inf"):
    big *= 2
print("largest power of two", big)
