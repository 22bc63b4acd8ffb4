# Keys whose __eq__ clears, grows, shrinks or pops the dict mid-lookup, at
# each index-width boundary of the table (85/86 and 21845/21846 entries).
import sys
class K:
    def __init__(self, h, act=None):
        self.h = h; self.act = act
    def __hash__(self): return self.h
    def __eq__(self, other):
        if self.act: 
            a = self.act; self.act = None; a()
        return self is other
results = []
for n in [5, 84, 85, 86, 87, 170, 171, 21844, 21845, 21846, 21847]:
    d = {i: i for i in range(n)}
    # collide with key 0's hash
    def clear(): d.clear()
    def grow():
        for j in range(n, 2 * n + 3): d[j] = j
    def shrink():
        for j in range(n // 2): d.pop(j, None)
    def pops():
        while len(d) > 1: d.popitem()
    for act in (clear, grow, shrink, pops):
        d.clear(); d.update({i: i for i in range(n)})
        d[K(0)] = 'first'
        k = K(0, act)
        try:
            d[k] = 'v'
            r = d.get(k)
            del d[k]
        except (KeyError, RuntimeError) as e:
            r = type(e).__name__
        c = d.copy(); c2 = dict(d); c2.update(c); c2 |= {K(0): 1}
        results.append((n, act.__name__, r, len(d), len(c), len(c2), sum(1 for _ in c2)))
    # dummies then popitem to empty, reinsert across widths
    for i in range(n): d[i] = i
    for i in range(0, n, 2): del d[i]
    while d: d.popitem()
    for i in range(2 * n): d[str(i)] = i
    results.append((n, len(d), d['0'], d[str(2 * n - 1)]))
for r in results: print(r)
