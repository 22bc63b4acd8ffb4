# Newton's method for square roots and cube roots.
def sqrt(x, eps=1e-12):
    if x < 0:
        raise ValueError("negative input")
    if x == 0:
        return 0.0
    guess = x if x > 1 else 1.0
    steps = 0
    while True:
        better = (guess + x / guess) / 2
        steps += 1
        if abs(better - guess) < eps * better:
            return better, steps
        guess = better


for x in (2, 9, 10, 0.25, 1e10, 12345.678):
    r, steps = sqrt(x)
    print(x, r, steps, abs(r * r - x) < 1e-6 * x, r == x ** 0.5)
try:
    sqrt(-1)
except ValueError as e:
    print("ValueError", e)


def cbrt(x):
    g = x / 3 or 1.0
    for _ in range(60):
        g = g - (g ** 3 - x) / (3 * g * g)
    return g


print([round(cbrt(v), 10) for v in (8, 27, 2, 1000, 0.001)])
