# reverse, reversed, copy and aliasing.
xs = [1, 2, 3, 4]
xs.reverse()
print(xs, list(reversed(xs)), xs[::-1])
alias = xs
copy1 = xs.copy()
copy2 = xs[:]
copy3 = list(xs)
xs.append(0)
print(xs, alias, copy1, copy2, copy3, alias is xs, copy1 is xs, copy1 == copy2)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
shallow.append([4])
print(nested, shallow)
deep = [row[:] for row in nested]
deep[0][0] = -1
print(nested, deep)
grid_bad = [[0] * 3] * 3
grid_bad[0][0] = 1
grid_ok = [[0] * 3 for _ in range(3)]
grid_ok[0][0] = 1
print(grid_bad, grid_ok)
e = []
e.reverse()
print(e, [1].copy(), list(reversed([])))
