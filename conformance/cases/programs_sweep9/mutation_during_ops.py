lst = [3, 1, 2, 5, 4]
def key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print(e)
print(len(lst) >= 5)
class Evil:
    def __init__(self, v, target): self.v, self.target = v, target
    def __lt__(self, o):
        self.target.clear()
        return self.v < o.v
    def __eq__(self, o):
        self.target.clear()
        return False
    __hash__ = object.__hash__
items = []
items.extend(Evil(i, items) for i in [3, 1, 2])
try:
    items.sort()
except ValueError as e:
    print(e)
print(len(items))
l2 = [Evil(1, None), Evil(2, None)]
l2[0].target = l2
print(Evil(5, l2) in l2, l2.count(Evil(1, l2)) if l2 else "empty", len(l2))
l3 = [Evil(i, None) for i in range(5)]
for e in l3: e.target = l3
try:
    print(l3.index(Evil(9, l3)))
except ValueError as e:
    print("index:", str(e).split(" at ")[0])
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print(e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
        d[k] = 1
except RuntimeError as e:
    print(e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
class KeyEvil:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, o):
        self.d.clear()
        return False
dd = {}
dd[KeyEvil(dd)] = 1
dd[KeyEvil(dd)] = 2
print(len(dd))
lst = list(range(10))
for i, x in enumerate(lst):
    if x % 2 == 0:
        lst.remove(x)
print(lst)
class Cmp:
    def __init__(self, l): self.l = l
    def __eq__(self, o):
        del self.l[:]
        return True
big = [1, 2, 3]
print(big == [Cmp(big), 2, 3], big)
import heapq
h = [Evil(i, None) for i in range(5)]
for e in h: e.target = h
try:
    heapq.heappush(h, Evil(-1, h))
    heapq.heappop(h)
except (IndexError, RuntimeError) as e:
    print(type(e).__name__, e)
print(len(h))
