import sys
data = sys.stdin.read().split()
t = int(data[0]); pos = 1
for _ in range(t):
    r, c = int(data[pos]), int(data[pos + 1]); pos += 2
    m = [list(map(int, data[pos + i * c: pos + (i + 1) * c])) for i in range(r)]
    pos += r * c
    out = []
    top, bot, left, right = 0, r - 1, 0, c - 1
    while top <= bot and left <= right:
        out += m[top][left:right + 1]; top += 1
        out += [m[i][right] for i in range(top, bot + 1)]; right -= 1
        if top <= bot:
            out += m[bot][left:right + 1][::-1]; bot -= 1
        if left <= right:
            out += [m[i][left] for i in range(bot, top - 1, -1)]; left += 1
    print(*out)
    print(" ".join(f"{x:>3}" for x in out), sep="|", end="!\n")
