# The highest recursion limit a script can ask for, then runaway recursion:
# RecursionError at the host's ceiling, never a crash of the host.
# expect-output: 2147483647
# expect-output: RecursionError maximum recursion depth exceeded
import sys
sys.setrecursionlimit(2**31 - 1)
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError', e)
