class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __len__(self): return self.n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
c = Countdown(3)
print(list(c), list(reversed(c)), len(c), sorted(c), tuple(c), set(c) == {1, 2, 3}, 2 in c)
print(dict.fromkeys(c), list(zip(c, c)), [*c, *c], {*c} == {1, 2, 3}, max(c), min(c, key=lambda x: -x))
a, *b = c
print(a, b)
print("-".join(map(str, c)), list(filter(lambda x: x % 2, c)), list(map(lambda x, y: x * y, c, c)))
it = iter(c)
print(next(it), next(it), list(it), list(it))
class OneShot:
    def __init__(self): self.used = False
    def __iter__(self):
        if self.used: raise RuntimeError("already iterated")
        self.used = True
        return iter([1, 2])
o = OneShot()
print(list(o))
try: list(o)
except RuntimeError as e: print(e)
class GetItemKey:
    def __getitem__(self, k):
        if k == 3: raise StopIteration
        return k
print(list(GetItemKey()))
class GetItemLookup:
    def __getitem__(self, k):
        if k > 2: raise LookupError("done?")
        return k
try: print(list(GetItemLookup()))
except LookupError as e: print("LookupError", e)
class Infinite:
    def __getitem__(self, k): return k
for x in Infinite():
    if x > 3: break
print(x, 3 in Infinite())
class NextNoIter:
    def __next__(self): return 1
try: iter(NextNoIter())
except TypeError as e: print(e)
class IterReturnsNonIter:
    def __iter__(self): return [1, 2]
try: iter(IterReturnsNonIter())
except TypeError as e: print(e)
try:
    for _ in IterReturnsNonIter(): pass
except TypeError as e: print(e)
d = {"a": 1, "b": 2}
try:
    for k in d: d["c"] = 3
except RuntimeError as e: print(e)
s = {1, 2}
try:
    for k in s: s.add(5)
except RuntimeError as e: print(e)
l = [1, 2, 3]
for x in l:
    if x == 1: l.remove(x)
print(l)
di = iter({"x": 1})
print(next(di), next(di, "end"))
print(list(iter([1, 2, 3].__iter__())), list(reversed(range(3))), list(reversed("abc")), list(reversed((1, 2))))
r = reversed([1, 2, 3])
print(next(r), list(r))
try: reversed({1: 2}.keys()) and print("dict keys reversible")
except TypeError as e: print(e)
try: reversed({1, 2})
except TypeError as e: print(e)
try: reversed(iter([1]))
except TypeError as e: print(e)
print(list(enumerate(reversed("ab"), start=-1)))
