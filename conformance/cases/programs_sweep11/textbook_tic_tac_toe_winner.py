LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if "." not in board else None


def play(moves):
    board = ["."] * 9
    for turn, pos in enumerate(moves):
        player = "XO"[turn % 2]
        if board[pos] != ".":
            raise ValueError(f"square {pos} already taken by {board[pos]}")
        board[pos] = player
        w = winner(board)
        if w:
            return w, turn + 1, "".join(board)
    return None, len(moves), "".join(board)


for moves in [[0, 3, 1, 4, 2], [4, 0, 8, 2, 1, 7, 6, 3, 5], [0, 1, 2, 4, 3, 5, 7, 6, 8], [4, 4], [0, 4]]:
    try:
        w, n, b = play(moves)
        print(w, n)
        for r in range(3):
            print("   " + b[3 * r:3 * r + 3])
    except ValueError as e:
        print("ValueError", e)
