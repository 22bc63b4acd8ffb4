from fractions import Fraction


def inverse(m):
    n = len(m)
    a = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        p = a[col][col]
        if p == 0:
            raise ValueError(f"matrix is singular (no pivot in column {col})")
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [row[n:] for row in a]


print([[str(x) for x in row] for row in inverse([[2, 1], [5, 3]])])
print([[str(x) for x in row] for row in inverse([[1, 2, 3], [0, 1, 4], [5, 6, 0]])])
print(inverse([[1, 2], [2, 4]]))
