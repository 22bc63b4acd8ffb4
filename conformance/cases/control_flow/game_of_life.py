# Conway's Game of Life on a small torus.
rows, cols = 8, 8
board = [[0] * cols for _ in range(rows)]
for r, c in ((1, 2), (2, 3), (3, 1), (3, 2), (3, 3)):
    board[r][c] = 1


def show(b):
    return "\n".join("".join("#" if cell else "." for cell in row) for row in b)


def step(b):
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += b[(r + dr) % rows][(c + dc) % cols]
            new[r][c] = 1 if n == 3 or (n == 2 and b[r][c]) else 0
    return new


for gen in range(5):
    print("gen", gen, "alive", sum(map(sum, board)))
    print(show(board))
    board = step(board)
