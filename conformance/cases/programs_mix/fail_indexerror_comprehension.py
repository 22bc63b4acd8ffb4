def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


a = [[1, 2], [3, 4]]
print(matmul(a, a))
print(transpose([[1, 2, 3], [4, 5, 6]]))
print(transpose([[1, 2, 3], [4, 5]]))
