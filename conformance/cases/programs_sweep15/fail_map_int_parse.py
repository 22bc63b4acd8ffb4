import sys
input = sys.stdin.readline
n = int(input())
arr = list(map(int, input().split()))
print(sum(arr))
queries = [tuple(map(int, input().split())) for _ in range(n)]
print(queries)
