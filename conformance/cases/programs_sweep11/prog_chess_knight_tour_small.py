def knight_moves(sq, n):
    r, c = sq
    for dr, dc in ((1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < n and 0 <= nc < n:
            yield nr, nc


def tour(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1
    for step in range(2, n * n + 1):
        options = [(sum(1 for m in knight_moves(sq, n) if not board[m[0]][m[1]]), sq)
                   for sq in knight_moves((r, c), n) if not board[sq[0]][sq[1]]]
        if not options:
            return None, step - 1
        _, (r, c) = min(options)
        board[r][c] = step
    return board, n * n


for n in (5, 6):
    board, reached = tour(n)
    print(n, reached)
    if board:
        for row in board:
            print(" ".join(f"{v:2d}" for v in row))
print(tour(3)[1], tour(4)[1])
