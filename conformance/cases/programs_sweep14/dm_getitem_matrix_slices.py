# A 2-D grid with tuple indexing, slices on both axes, Ellipsis and
# __setitem__ broadcasting; errors for bad keys.
class Grid:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.cells = [[fill] * cols for _ in range(rows)]

    def _norm(self, key):
        if key is Ellipsis:
            return slice(None), slice(None)
        if not isinstance(key, tuple):
            return key, slice(None)
        if len(key) != 2:
            raise IndexError(f"expected 2 indices, got {len(key)}")
        return key

    def __getitem__(self, key):
        r, c = self._norm(key)
        rows = self.cells[r] if isinstance(r, slice) else [self.cells[r]]
        out = [row[c] if isinstance(c, slice) else [row[c]] for row in rows]
        if isinstance(r, int) and isinstance(c, int):
            return out[0][0]
        return out

    def __setitem__(self, key, value):
        r, c = self._norm(key)
        rs = range(self.rows)[r] if isinstance(r, slice) else [range(self.rows)[r]]
        cs = range(self.cols)[c] if isinstance(c, slice) else [range(self.cols)[c]]
        for i in rs:
            for j in cs:
                self.cells[i][j] = value


g = Grid(3, 4)
g[1, 2] = 7
g[0] = 1
g[:, 3] = 9
g[2, ::2] = 5
print(g.cells)
print(g[1, 2], g[0], g[:, 3], g[1:, 1:3], g[-1, -1], g[...][1])
for bad in [(1, 2, 3), (5, 0), ("a", 0)]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    g[0, 9] = 1
except IndexError as e:
    print("IndexError:", e)
