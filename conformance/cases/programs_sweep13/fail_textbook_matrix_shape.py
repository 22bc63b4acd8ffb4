def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"cannot multiply {len(a)}x{len(a[0])} by {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


I = [[1, 0], [0, 1]]
M = [[1, 2], [3, 4]]
print(matmul(I, M))
print(matmul(M, [[1], [1]]))
print(matmul([[1, 2, 3]], M))
