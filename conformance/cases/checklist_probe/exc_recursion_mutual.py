import sys
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(60)
def a(n):
    if n == 0:
        raise ValueError("bottom")
    return b(n - 1)
def b(n):
    return a(n)
a(20)
