def show(m, title):
    print(title)
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(w) for x in row))
n = 4
m = [[i * n + j + 1 for j in range(n)] for i in range(n)]
show(m, "original")
show([list(r) for r in zip(*m)], "transpose")
show([list(r) for r in zip(*m[::-1])], "rotated cw")
show([list(r)[::-1] for r in zip(*m[::-1])][::-1], "rotated 180?")
show([row[::-1] for row in m], "mirror")
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
print(spiral([row[:] for row in m]))
bad = [[0] * 3] * 3
bad[0][0] = 1
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(bad, good, bad[1] is bad[2], good[1] is good[2])
def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
A = [[1, 2], [3, 4]]; B = [[5, 6], [7, 8]]
print(matmul(A, B), matmul(B, A))
def mpow(M, k):
    R = [[int(i == j) for j in range(len(M))] for i in range(len(M))]
    while k:
        if k & 1: R = matmul(R, M)
        M = matmul(M, M); k >>= 1
    return R
print(mpow([[1, 1], [1, 0]], 90))
def det(M):
    if len(M) == 1: return M[0][0]
    return sum((-1) ** c * M[0][c] * det([row[:c] + row[c+1:] for row in M[1:]]) for c in range(len(M)))
print(det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), det(m), det([[1.5, 2], [3, 4]]))
def gauss(M, b):
    n = len(M)
    A = [row[:] + [bi] for row, bi in zip(M, b)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(A[r][i]))
        A[i], A[p] = A[p], A[i]
        for r in range(n):
            if r != i:
                f = A[r][i] / A[i][i]
                A[r] = [x - f * y for x, y in zip(A[r], A[i])]
    return [A[i][n] / A[i][i] for i in range(n)]
sol = gauss([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])
print(sol, [round(x, 9) for x in sol], [f"{x:.4f}" for x in sol])
pascal = [[1]]
for i in range(1, 10):
    prev = pascal[-1]
    pascal.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(map(str, row)).center(40))
magic = [[0] * 5 for _ in range(5)]
i, j = 0, 2
for k in range(1, 26):
    magic[i][j] = k
    ni, nj = (i - 1) % 5, (j + 1) % 5
    if magic[ni][nj]:
        ni, nj = (i + 1) % 5, j
    i, j = ni, nj
show(magic, "magic")
print({sum(r) for r in magic} | {sum(c) for c in zip(*magic)}, sum(magic[k][k] for k in range(5)))
life = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for gen in range(4):
    xs = [x for x, _ in life]; ys = [y for _, y in life]
    print(f"gen {gen}: {sorted(life)}")
    for y in range(min(ys), max(ys) + 1):
        print("".join("#" if (x, y) in life else "." for x in range(min(xs), max(xs) + 1)))
    cand = {(x + dx, y + dy) for x, y in life for dx in (-1, 0, 1) for dy in (-1, 0, 1)}
    life = {c for c in cand if (lambda k: k == 3 or k == 2 and c in life)(
        sum((c[0] + dx, c[1] + dy) in life for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy))}
sparse = {(0, 0): 1.5, (2, 3): -2.0}
print(sum(sparse.values()), max(sparse, key=sparse.get), sparse.get((1, 1), 0.0))
print([[round(x / 3, 2) for x in row] for row in m[:2]], [[x % 3 == 0 for x in row] for row in m[:1]])
