# The host's --max-recursion-limit caps what setrecursionlimit() can raise
# the depth to; getrecursionlimit() still reports what the script asked for.
# args: --max-recursion-limit 5000
# limit: none
# expect-output: 1000000
# expect-output: caught at depth 4999
import sys
sys.setrecursionlimit(10**6)
print(sys.getrecursionlimit())
depth = 0

def f():
    global depth
    depth += 1
    f()

try:
    f()
except RecursionError:
    print("caught at depth", depth)
