class Grid:
    def __init__(self, w, h, fill="."):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} outside {self.w}x{self.h} grid")
        return self.cells[y][x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y][x] = value

    def __str__(self):
        return "\n".join("".join(row) for row in self.cells)


g = Grid(4, 3)
g[1, 1] = "#"
g[3, 2] = "@"
print(g)
print(g[1, 1], g[0, 0])
print(g[4, 0])
