# Immutable matrices as tuples of tuples.
def transpose(m):
    return tuple(zip(*m))


def matmul(a, b):
    bt = transpose(b)
    return tuple(tuple(sum(x * y for x, y in zip(row, col)) for col in bt) for row in a)


A = ((1, 2, 3), (4, 5, 6))
B = ((7, 8), (9, 10), (11, 12))
print(transpose(A))
print(matmul(A, B))
I = ((1, 0), (0, 1))
print(matmul(matmul(A, B), I) == matmul(A, B))
print(tuple(map(sum, A)), tuple(map(max, zip(*A))))
