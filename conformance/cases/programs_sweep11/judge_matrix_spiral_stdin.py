import sys

rows = [list(map(int, line.split())) for line in sys.stdin if line.strip()]
out = []
top, bottom, left, right = 0, len(rows) - 1, 0, len(rows[0]) - 1
while top <= bottom and left <= right:
    out.extend(rows[top][left:right + 1])
    top += 1
    out.extend(rows[r][right] for r in range(top, bottom + 1))
    right -= 1
    if top <= bottom:
        out.extend(reversed(rows[bottom][left:right + 1]))
        bottom -= 1
    if left <= right:
        out.extend(rows[r][left] for r in range(bottom, top - 1, -1))
        left += 1
print(*out)
print(*(sum(c) for c in zip(*rows)), sep=",")
print(max(map(max, rows)), min(min(r) for r in rows))
