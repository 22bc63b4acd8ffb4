# Numerical integration with the trapezoid and Simpson rules.
def f(x):
    return x * x * x - 2 * x + 1


def trapezoid(g, a, b, n):
    h = (b - a) / n
    s = (g(a) + g(b)) / 2
    for i in range(1, n):
        s += g(a + i * h)
    return s * h


def simpson(g, a, b, n):
    h = (b - a) / n
    s = g(a) + g(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * g(a + i * h)
    return s * h / 3


exact = (2 ** 4 / 4 - 2 ** 2 + 2) - 0
for n in (2, 4, 10, 100, 1000):
    t = trapezoid(f, 0.0, 2.0, n)
    s = simpson(f, 0.0, 2.0, n)
    print(n, t, s, abs(t - exact) < 1e-3, round(s, 9))
print(trapezoid(lambda x: 1 / (1 + x * x), 0, 1, 1000) * 4)
