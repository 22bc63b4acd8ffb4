# Nested lists: grids, jagged rows, flattening.
grid = [[r * 4 + c for c in range(4)] for r in range(3)]
for row in grid:
    print(row)
print(grid[1][2], grid[-1][-1], [row[0] for row in grid], grid[2][1:3])
grid[1][1] = "X"
print(grid)
jagged = [[1], [2, 3], [], [4, 5, 6]]
print([len(r) for r in jagged], sum(jagged, []), [x for r in jagged for x in r])
print(max(jagged, key=len), sorted(jagged, key=len), sorted(jagged))


def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


print(flatten([1, [2, [3, [4, [5]]]], [], [[6], 7]]))
transposed = [list(col) for col in zip(*grid)]
print(transposed)
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2]] < [[1, 3]], [[]] > [])
