from fractions import Fraction


def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n = len(m)
    sign = 1
    result = Fraction(1)
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


def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(aug[r][c]))
        if aug[p][c] == 0:
            raise ValueError("matrix is singular")
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [x / pv for x in aug[c]]
        for r in range(n):
            if r != c:
                f = aug[r][c]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]


A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(det(A), det([[1, 2], [2, 4]]), det([[0, 1], [1, 0]]))
for row in inverse(A):
    print(" ".join(f"{str(x):>5}" for x in row))
try:
    inverse([[1, 2], [2, 4]])
except ValueError as e:
    print("ValueError", e)
