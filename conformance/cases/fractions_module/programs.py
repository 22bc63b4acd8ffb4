# Realistic uses: exact sums, Bernoulli numbers, continued fractions,
# Egyptian fractions and an exact linear solve.
from fractions import Fraction
from math import comb

def bernoulli(n):
    b = [Fraction(0)] * (n + 1)
    b[0] = Fraction(1)
    for m in range(1, n + 1):
        b[m] = -sum(comb(m + 1, k) * b[k] for k in range(m)) / (m + 1)
    return b

print([str(x) for x in bernoulli(12)])

def continued_fraction(x, limit=12):
    terms = []
    for _ in range(limit):
        a = x.numerator // x.denominator
        terms.append(a)
        x -= a
        if x == 0:
            break
        x = 1 / x
    return terms

print(continued_fraction(Fraction(415, 93)), continued_fraction(Fraction(3.14159)))

def convergents(terms):
    out = []
    for i in range(1, len(terms) + 1):
        v = Fraction(terms[i - 1])
        for t in reversed(terms[:i - 1]):
            v = t + 1 / v
        out.append(v)
    return out

print(convergents([3, 7, 15, 1, 292]))

def egyptian(x):
    parts = []
    while x.numerator != 1:
        d = -(-x.denominator // x.numerator)
        parts.append(d)
        x -= Fraction(1, d)
    parts.append(x.denominator)
    return parts

print(egyptian(Fraction(4, 13)), egyptian(Fraction(5, 121)))

def solve(m, v):
    n = len(m)
    a = [[Fraction(x) for x in row] + [Fraction(y)] for row, y in zip(m, v)]
    for col in range(n):
        piv = next(r for r in range(col, n) if a[r][col] != 0)
        a[col], a[piv] = a[piv], a[col]
        for r in range(n):
            if r != col and a[r][col]:
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [a[i][n] / a[i][i] for i in range(n)]

print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[1, 2], [3, 4]], [Fraction(1, 2), 0.25]))

prices = ['19.99', '5.01', '0.10', '0.20']
total = sum(map(Fraction, prices))
print(total, float(total), total == Fraction('25.30'), f'{float(total):.2f}')
shares = [Fraction(1, 3), Fraction(1, 6), Fraction(1, 2)]
print(sum(shares) == 1, [s * 120 for s in shares], sorted(shares, reverse=True))
from collections import Counter
c = Counter(Fraction(i % 4, 4) for i in range(10))
print(sorted(c.items()))
