# Judge-style: setrecursionlimit(10**6), then recursion 10**5 deep runs
# under the default limits.
# limit: none
# expect-output: 100000
import sys
sys.setrecursionlimit(10**6)

def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1

print(depth(10**5))
