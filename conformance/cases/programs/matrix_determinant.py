# Determinants and inverses with exact integer/fraction-free arithmetic.
def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total


def bareiss(m):
    m = [row[:] for row in m]
    n = len(m)
    sign, prev = 1, 1
    for k in range(n - 1):
        if m[k][k] == 0:
            for r in range(k + 1, n):
                if m[r][k]:
                    m[k], m[r] = m[r], m[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[-1][-1]


mats = [
    [[2]],
    [[1, 2], [3, 4]],
    [[6, 1, 1], [4, -2, 5], [2, 8, 7]],
    [[0, 2, 1], [1, 0, 3], [4, 5, 0]],
    [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    [[i * 5 + j + (i == j) * 7 for j in range(5)] for i in range(5)],
]
for m in mats:
    print(det(m), bareiss(m))
hilbert_scaled = [[2520 // (i + j + 1) for j in range(4)] for i in range(4)]
print(hilbert_scaled, det(hilbert_scaled), bareiss(hilbert_scaled))
