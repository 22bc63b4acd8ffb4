import heapq
import sys

lo, hi = [], []
out = []
for tok in sys.stdin.read().split():
    x = int(tok)
    if not lo or x <= -lo[0]:
        heapq.heappush(lo, -x)
    else:
        heapq.heappush(hi, x)
    if len(lo) > len(hi) + 1:
        heapq.heappush(hi, -heapq.heappop(lo))
    elif len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    if len(lo) > len(hi):
        med = -lo[0]
    else:
        med = (-lo[0] + hi[0]) / 2
    out.append(med)
print(" ".join(str(m) for m in out))
print(len(lo), len(hi), sorted(-v for v in lo), sorted(hi))
