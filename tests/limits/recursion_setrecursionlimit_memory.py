# A raised limit with frames that hold big locals: the memory budget, which
# every frame is charged to, ends the run before the depth does.
# args: --max-memory 16M
# limit: memory
import sys
sys.setrecursionlimit(10**6)

def f(n):
    a = [n] * 100
    return f(n + 1)

f(0)
