def valid(board):
    problems = []
    for i in range(9):
        row = [c for c in board[i] if c != "."]
        col = [board[r][i] for r in range(9) if board[r][i] != "."]
        box = [board[3 * (i // 3) + r][3 * (i % 3) + c] for r in range(3) for c in range(3)]
        box = [c for c in box if c != "."]
        for kind, cells in (("row", row), ("col", col), ("box", box)):
            dup = {c for c in cells if cells.count(c) > 1}
            if dup:
                problems.append(f"{kind} {i}: duplicate {','.join(sorted(dup))}")
    return problems or ["valid"]


grid = [
    "53..7....",
    "6..195...",
    ".98....6.",
    "8...6...3",
    "4..8.3..1",
    "7...2...6",
    ".6....28.",
    "...419..5",
    "....8..79",
]
print(valid(grid))
bad = list(grid)
bad[0] = "53..7..5."
bad[8] = "5...8..79"
print(valid(bad))
