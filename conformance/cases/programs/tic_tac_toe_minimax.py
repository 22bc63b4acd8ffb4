# Tic-tac-toe with a full minimax search.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None


memo = {}


def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in b:
        result = (0, None)
    else:
        moves = []
        for i in range(9):
            if b[i] == ".":
                nb = b[:i] + player + b[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X")
                moves.append((score, i))
        result = max(moves) if player == "X" else min(moves)
    memo[key] = result
    return result


board = "........."
player = "X"
while winner(board) is None and "." in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    print(player, "plays", move)
    player = "O" if player == "X" else "X"
for r in range(3):
    print(" ".join(board[3 * r:3 * r + 3]))
print("winner:", winner(board), "positions evaluated:", len(memo))
print(minimax("XX.OO....", "X"), minimax("XX.OO....", "O"))
