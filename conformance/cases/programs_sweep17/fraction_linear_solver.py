# Exact linear-system solver with Fractions: Gaussian elimination with
# partial pivoting, determinant, inverse, rank, and pretty matrix printing.
from fractions import Fraction as Fr
from itertools import starmap
import operator

def mat(rows):
    return [[Fr(x) for x in r] for r in rows]

def show(m, title):
    cells = [[str(x) for x in r] for r in m]
    w = max(len(c) for r in cells for c in r)
    print(title)
    for r in cells:
        print("  [" + " ".join(c.rjust(w) for c in r) + "]")

def solve(a, b):
    n = len(a)
    m = [row[:] + [bv] for row, bv in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: (abs(m[r][col]), -r))
        if m[pivot][col] == 0:
            raise ValueError("singular matrix")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]

def det(a):
    m = [r[:] for r in a]
    n, sign, d = len(m), 1, Fr(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c]), None)
        if p is None:
            return Fr(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            sign = -sign
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return sign * d

def inverse(a):
    n = len(a)
    cols = [solve(a, [Fr(int(i == j)) for i in range(n)]) for j in range(n)]
    return [list(r) for r in zip(*cols)]

def matmul(a, b):
    return [[sum(starmap(operator.mul, zip(r, c)), Fr(0)) for c in zip(*b)] for r in a]

def rank(a):
    m = [r[:] for r in a]
    rk, rows, cols = 0, len(m), len(m[0])
    for c in range(cols):
        p = next((r for r in range(rk, rows) if m[r][c]), None)
        if p is None:
            continue
        m[rk], m[p] = m[p], m[rk]
        for r in range(rows):
            if r != rk and m[r][c]:
                f = m[r][c] / m[rk][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[rk])]
        rk += 1
    return rk

A = mat([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = [Fr(8), Fr(-11), Fr(-3)]
x = solve(A, b)
print("x =", x, [str(v) for v in x])
show(A, "A")
print("det", det(A), "rank", rank(A))
inv = inverse(A)
show(inv, "A^-1")
show(matmul(A, inv), "A @ A^-1")
H = [[Fr(1, i + j + 1) for j in range(4)] for i in range(4)]
show(H, "Hilbert(4)")
print("det H", det(H), float(det(H)))
Hi = inverse(H)
show(Hi, "H^-1")
print("check", all(v == (1 if i == j else 0) for i, r in enumerate(matmul(H, Hi)) for j, v in enumerate(r)))
S = mat([[1, 2, 3], [2, 4, 6], [1, 0, 1]])
print("singular det", det(S), "rank", rank(S))
try:
    solve(S, [Fr(1)] * 3)
except ValueError as exc:
    print("ValueError:", exc)
sol = solve(mat([["1/2", "1/3"], ["0.25", "-1.5"]]), [Fr("5/6"), Fr("-1.25")])
print(sol, sum(sol), max(sol), sorted(sol, reverse=True), Fr(1, 3) in sol)
print(f"{float(sol[0]):.10f}", sol[0].limit_denominator(10), round(sol[1], 2), sol[1] ** 2, abs(-sol[1]))
print(Fr(3, 4).as_integer_ratio(), Fr("  -7/21 "), Fr(1, 3) < Fr(1, 2) <= 0.5, Fr(10, 4) // 1, Fr(-10, 4) % 1)
