import sys

n = int(sys.stdin.readline())
nums = [int(x) for x in sys.stdin.readline().split()]
print(n, sum(nums))
k = int(sys.stdin.readline())
print(k)
