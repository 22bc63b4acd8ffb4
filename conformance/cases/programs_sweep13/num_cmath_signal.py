import cmath
import math

N = 8
signal = [math.sin(2 * math.pi * k / N) + 0.5 * math.cos(4 * math.pi * k / N) for k in range(N)]


def dft(xs):
    n = len(xs)
    return [sum(x * cmath.exp(-2j * cmath.pi * k * t / n) for t, x in enumerate(xs)) for k in range(n)]


spectrum = dft(signal)
for k, c in enumerate(spectrum):
    mag = abs(c)
    print(f"bin {k}: |X|={mag:6.3f} phase={cmath.phase(c) if mag > 1e-9 else 0.0:+.3f}")
z = complex(3, 4)
print(abs(z), cmath.polar(z), cmath.rect(5, math.pi / 2))
print(cmath.sqrt(-4), cmath.exp(1j * math.pi), cmath.log(-1))
roots = [cmath.exp(2j * cmath.pi * k / 3) for k in range(3)]
print([f"{r.real:+.3f}{r.imag:+.3f}j" for r in roots], abs(sum(roots)) < 1e-12)
print(cmath.isclose(cmath.sin(1j), 1j * math.sinh(1)), cmath.inf, cmath.phase(-1 + 0j), cmath.phase(-1 - 0j))
a, b, c = 1, 2, 5
disc = cmath.sqrt(b * b - 4 * a * c)
print(((-b + disc) / (2 * a)), ((-b - disc) / (2 * a)))
