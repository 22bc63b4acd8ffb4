n = int(input())
m = [input().split() for _ in range(n)]
rot = [list(row) for row in zip(*m[::-1])]
for row in rot:
    print(" ".join(row))
print("---")
for row in [r[::-1] for r in m[::-1]]:
    print(" ".join(row))
print("symmetric" if all(m[i][j] == m[j][i] for i in range(n) for j in range(n)) else "not symmetric")
