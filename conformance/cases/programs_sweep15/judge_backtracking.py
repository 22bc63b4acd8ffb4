def queens(n):
    sols = []
    cols = [0] * n
    def place(r, used, d1, d2):
        if r == n:
            sols.append(cols[:]); return
        for c in range(n):
            if c in used or (r - c) in d1 or (r + c) in d2: continue
            cols[r] = c
            place(r + 1, used | {c}, d1 | {r - c}, d2 | {r + c})
    place(0, frozenset(), frozenset(), frozenset())
    return sols
s = queens(6)
print(len(s), s)
for row in s[0]:
    print(" ".join("Q" if c == row else "." for c in range(6)))
print([len(queens(k)) for k in range(1, 9)])
moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b); moves.append((n, a, c)); hanoi(n - 1, b, a, c)
hanoi(4, 'A', 'B', 'C')
print(len(moves), moves[:6])
def perms(xs):
    if len(xs) <= 1: return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i+1:])]
print(perms([1, 2, 3]), len(perms(list("abcd"))))
def subsets_sum(nums, target):
    res = []
    def bt(i, cur, tot):
        if tot == target: res.append(tuple(cur))
        if tot >= target or i == len(nums): return
        for j in range(i, len(nums)):
            if j > i and nums[j] == nums[j - 1]: continue
            cur.append(nums[j]); bt(j + 1, cur, tot + nums[j]); cur.pop()
    bt(0, [], 0)
    return res
print(subsets_sum(sorted([10, 1, 2, 7, 6, 1, 5]), 8))
board = [list(r) for r in ["53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
                           "7...2...6", ".6....28.", "...419..5", "....8..79"]]
def ok(r, c, ch):
    for k in range(9):
        if board[r][k] == ch or board[k][c] == ch: return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(board[br + i][bc + j] != ch for i in range(3) for j in range(3))
steps = 0
def solve():
    global steps
    for r in range(9):
        for c in range(9):
            if board[r][c] == '.':
                for ch in '123456789':
                    if ok(r, c, ch):
                        board[r][c] = ch; steps += 1
                        if solve(): return True
                        board[r][c] = '.'
                return False
    return True
print(solve(), steps)
print("\n".join("".join(r) for r in board))
def word_search(grid, word):
    R, C = len(grid), len(grid[0])
    def dfs(r, c, k, seen):
        if k == len(word): return True
        if not (0 <= r < R and 0 <= c < C) or (r, c) in seen or grid[r][c] != word[k]: return False
        seen.add((r, c))
        found = any(dfs(r + dr, c + dc, k + 1, seen) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
        seen.discard((r, c))
        return found
    return any(dfs(r, c, 0, set()) for r in range(R) for c in range(C))
g = ["ABCE", "SFCS", "ADEE"]
print([(w, word_search(g, w)) for w in ["ABCCED", "SEE", "ABCB", "ASADFBCCEESE"]])
def gen_parens(n):
    out = []
    def go(s, o, c):
        if len(s) == 2 * n: out.append(s); return
        if o < n: go(s + '(', o + 1, c)
        if c < o: go(s + ')', o, c + 1)
    go('', 0, 0)
    return out
print(gen_parens(3), len(gen_parens(5)))
def knight_tour(n):
    b = [[-1] * n for _ in range(n)]
    mv = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
    def deg(r, c):
        return sum(0 <= r + a < n and 0 <= c + d < n and b[r + a][c + d] < 0 for a, d in mv)
    r = c = 0; b[0][0] = 0
    for k in range(1, n * n):
        nxt = [(deg(r + a, c + d), r + a, c + d) for a, d in mv if 0 <= r + a < n and 0 <= c + d < n and b[r + a][c + d] < 0]
        if not nxt: return None
        _, r, c = min(nxt)
        b[r][c] = k
    return b
for row in knight_tour(5) or []:
    print(" ".join(f"{x:2}" for x in row))
