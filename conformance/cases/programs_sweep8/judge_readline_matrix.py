import sys
input = sys.stdin.readline
r, c = map(int, input().split())
g = [list(map(int, input().split())) for _ in range(r)]
q = int(input())
pre = [[0]*(c+1) for _ in range(r+1)]
for i in range(r):
    for j in range(c):
        pre[i+1][j+1] = g[i][j] + pre[i][j+1] + pre[i+1][j] - pre[i][j]
for _ in range(q):
    a, b, x, y = map(int, input().split())
    print(pre[x][y] - pre[a-1][y] - pre[x][b-1] + pre[a-1][b-1])
t = list(zip(*g))
for row in t:
    print(*row, sep="\t")
print(repr(input()))
