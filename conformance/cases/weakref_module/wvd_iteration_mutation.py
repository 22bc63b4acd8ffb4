# Values that die while the dictionary is being iterated are removed
# when the iteration ends, without "changed size" errors.
import weakref


class V:
    def __init__(self, n):
        self.n = n


d = weakref.WeakValueDictionary()
strong = {i: V(i) for i in range(6)}
d.update(strong)
seen = []
for k in d:
    seen.append(k)
    strong.pop((k + 1) % 6, None)
print(sorted(seen), len(d), sorted(d))
for k, v in d.items():
    strong.clear()
print(len(d), [v.n for v in d.values()])
