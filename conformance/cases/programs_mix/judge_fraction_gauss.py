from fractions import Fraction
from itertools import permutations
from math import prod


def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n, sign, result = len(m), 1, Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            sign = -sign
        result *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            m[r] = [a - f * b for a, b in zip(m[r], m[col])]
    return sign * result


def det_leibniz(m):
    n = len(m)
    total = 0
    for p in permutations(range(n)):
        inv = sum(1 for i in range(n) for j in range(i + 1, n) if p[i] > p[j])
        total += (-1) ** inv * prod(m[i][p[i]] for i in range(n))
    return total


def solve(a, b):
    n = len(a)
    aug = [[Fraction(x) for x in row] + [Fraction(v)] for row, v in zip(a, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(aug[r][c]))
        aug[c], aug[p] = aug[p], aug[c]
        for r in range(n):
            if r != c:
                f = aug[r][c] / aug[c][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [aug[i][n] / aug[i][i] for i in range(n)]


A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
print(det(A), det_leibniz(A), det(B), det_leibniz(B), det([[1, 2], [2, 4]]))
x = solve(A, [1, 0, 1])
print(x, [str(v) for v in x], sum(x))
y = solve(B, [Fraction(1, 3), 0, 1])
print(*y, sep=" ; ")
print(" ".join(f"{float(v):.6f}" for v in y))
h = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print(det(h), 1 / det(h))
print(Fraction(1, 3) + Fraction(1, 6), Fraction(5, 10) == 0.5, Fraction(1, 3) < 0.34, abs(Fraction(-7, 3)), Fraction(7, 3) // 1, Fraction(7, 3) % 1)
print(repr(Fraction(22, 7)), f"{Fraction(22, 7):.5f}" if hasattr(Fraction, "__format__") and False else round(Fraction(22, 7), 3), Fraction(0.75), Fraction("1/3") ** -2, Fraction(2, 3).as_integer_ratio())
