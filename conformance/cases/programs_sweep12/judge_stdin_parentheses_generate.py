def generate(n):
    out = []

    def go(s, open_, close):
        if len(s) == 2 * n:
            out.append(s)
            return
        if open_ < n:
            go(s + "(", open_ + 1, close)
        if close < open_:
            go(s + ")", open_, close + 1)

    go("", 0, 0)
    return out


def catalan(n):
    c = 1
    for i in range(n):
        c = c * 2 * (2 * i + 1) // (i + 2)
    return c


for n in map(int, input().split()):
    seqs = generate(n)
    print(n, len(seqs), catalan(n), seqs if n <= 3 else seqs[:3] + ["..."])
