import sys
def d(n): return 0 if n == 0 else 1 + d(n - 1)
print(d(990))
def d(n): return 0 if n == 0 else 1 + d(n - 1)
n = 0
try:
    d(5000)
except RecursionError as e:
    print("RE", e)
import sys
sys.setrecursionlimit(5000)
def d(n): return 0 if n == 0 else 1 + d(n - 1)
print(d(4000))
class N:
    def __init__(self, c): self.c = c
    def __repr__(self): return f"N({self.c!r})"
x = None
for i in range(200): x = N(x)
print(repr(x)[:30])
l = []
for i in range(100): l = [l]
print(str(l)[:20], len(repr(l)))
d = {}
d["self"] = d
l = [1]; l.append(l)
print(d, l, repr((l,)))
