def spiral(m):
    out = []
    while m:
        out += m[0]
        m = [list(r) for r in zip(*m[1:])][::-1]
    return out


def rotate(m):
    return [list(r) for r in zip(*m[::-1])]


def make(n, k=None):
    k = k or n
    return [[r * k + c + 1 for c in range(k)] for r in range(n)]


for shape in [(3, 3), (3, 4), (1, 5), (4, 1)]:
    m = make(*shape)
    print(shape, spiral(m))
m = make(3)
for _ in range(4):
    print(m)
    m = rotate(m)
n = 5
grid = [[0] * n for _ in range(n)]
r = c = 0
dr, dc = 0, 1
for v in range(1, n * n + 1):
    grid[r][c] = v
    if not (0 <= r + dr < n and 0 <= c + dc < n and grid[r + dr][c + dc] == 0):
        dr, dc = dc, -dr
    r, c = r + dr, c + dc
print("\n".join(" ".join(f"{v:>2}" for v in row) for row in grid))
