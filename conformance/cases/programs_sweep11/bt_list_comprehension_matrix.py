n = 4
mat = [[i * n + j for j in range(n)] for i in range(n)]
print(mat)
print([row[i] for i, row in enumerate(mat)], [mat[i][n - 1 - i] for i in range(n)])
print([list(r) for r in zip(*mat)], [r[::-1] for r in mat][0], mat[::-1][0])
print([x for row in mat for x in row if x % 5 == 0], sum(map(sum, mat)), [sum(c) for c in zip(*mat)])
rot = [list(r) for r in zip(*mat[::-1])]
print(rot)
flat = [x for r in mat for x in r]
print(flat[::5], [flat[i:i + 3] for i in range(0, len(flat), 3)][-1])
print([[0] * 3] * 2, [(i, j) for i in range(3) for j in range(3) if i < j])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid, {(i, j): mat[i][j] for i in range(2) for j in range(2)})
print([i if i % 2 else -i for i in range(6)], [[c for c in w] for w in ("ab", "c")], [*range(3), *"ab"])
