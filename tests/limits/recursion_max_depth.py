# --max-depth 50 lowers the recursion limit: the error comes at depth 50
# (the module frame is one of the 50, as with sys.setrecursionlimit(50)).
# args: --max-depth 50
# limit: none
# expect-output: caught at depth 49
depth = 0

def f():
    global depth
    depth += 1
    f()

try:
    f()
except RecursionError:
    print("caught at depth", depth)
