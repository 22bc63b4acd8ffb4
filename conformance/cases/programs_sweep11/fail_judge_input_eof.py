n = int(input())
vals = [int(input()) for _ in range(n)]
print(sum(vals))
