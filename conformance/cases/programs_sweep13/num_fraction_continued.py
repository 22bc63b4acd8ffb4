from fractions import Fraction
import math


def continued(x, terms=10):
    out = []
    for _ in range(terms):
        a = math.floor(x)
        out.append(a)
        x -= a
        if x == 0:
            break
        x = 1 / x
    return out


def convergents(cf):
    h, k = [1, cf[0]], [0, 1]
    for a in cf[1:]:
        h.append(a * h[-1] + h[-2])
        k.append(a * k[-1] + k[-2])
    return [Fraction(a, b) for a, b in zip(h[1:], k[1:])]


cf = continued(Fraction(415, 93))
print(cf, convergents(cf)[-1])
pi_cf = continued(Fraction(math.pi), 6)
print(pi_cf, [str(c) for c in convergents(pi_cf)])
print(continued(Fraction(math.sqrt(2)), 8))
e_approx = sum(Fraction(1, math.factorial(k)) for k in range(12))
print(e_approx, float(e_approx), e_approx.limit_denominator(1000))
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * Fraction(8, 9), Fraction(5, 7).__floor__(), Fraction(-5, 7).__ceil__())
