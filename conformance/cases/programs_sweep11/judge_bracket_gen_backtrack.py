def gen_parens(n):
    out = []

    def bt(s, opened, closed):
        if len(s) == 2 * n:
            out.append(s)
            return
        if opened < n:
            bt(s + "(", opened + 1, closed)
        if closed < opened:
            bt(s + ")", opened, closed + 1)

    bt("", 0, 0)
    return out


def n_queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    board = []

    def place(r):
        if r == n:
            sols.append(list(board))
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()

    place(0)
    return sols


print(gen_parens(3), len(gen_parens(5)))
for n in range(1, 9):
    print(n, len(n_queens(n)))
first = n_queens(6)[0]
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))
