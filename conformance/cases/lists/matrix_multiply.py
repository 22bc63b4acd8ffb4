# Matrix operations with lists of lists.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    if len(a[0]) != m:
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {m}x{p}")
    c = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            total = 0
            for k in range(m):
                total += a[i][k] * b[k][j]
            c[i][j] = total
    return c


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mat_pow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result


A = [[1, 2], [3, 4]]
B = [[5, 6, 7], [8, 9, 10]]
print(matmul(A, B))
print(matmul(A, identity(2)) == A)
print(mat_pow([[1, 1], [1, 0]], 10), mat_pow([[1, 1], [1, 0]], 90)[0][1])
try:
    matmul(B, A)
except ValueError as e:
    print("ValueError", e)
M = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
rhs = [8.0, -11.0, -3.0]
n = len(M)
aug = [row[:] + [v] for row, v in zip(M, rhs)]
for col in range(n):
    pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
    aug[col], aug[pivot] = aug[pivot], aug[col]
    for r in range(col + 1, n):
        f = aug[r][col] / aug[col][col]
        aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
sol = [0.0] * n
for i in reversed(range(n)):
    sol[i] = (aug[i][n] - sum(aug[i][j] * sol[j] for j in range(i + 1, n))) / aug[i][i]
print([round(v, 10) for v in sol])
