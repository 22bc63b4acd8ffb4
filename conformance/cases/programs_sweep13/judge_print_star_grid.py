import sys

input = sys.stdin.readline
t = int(input())
for case in range(1, t + 1):
    r, c = map(int, input().split())
    grid = [list(input().rstrip("\n")) for _ in range(r)]
    rows_with_hash = [i for i in range(r) if "#" in grid[i]]
    cols = list(zip(*grid))
    cols_with_hash = [j for j in range(c) if "#" in cols[j]]
    print(f"Case #{case}:", len(rows_with_hash), len(cols_with_hash))
    for row in grid:
        print(*[1 if ch == "#" else 0 for ch in row])
    print(*cols_with_hash, sep=",")
