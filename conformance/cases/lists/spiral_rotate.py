# Spiral traversal and rotation of a matrix.
def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out.extend(m.pop(0))
        m = [list(r) for r in zip(*m)][::-1]
    return out


def rotate(m):
    return [list(row) for row in zip(*m[::-1])]


m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(spiral(m))
r = m
for _ in range(4):
    r = rotate(r)
    print(r)
print(r == m, spiral([]), spiral([[1]]), spiral([[1], [2], [3]]))
