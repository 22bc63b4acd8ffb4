class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for x in Seq(): print(x, end=" ")
print()
print(sorted(Seq(), reverse=True), sum(Seq()), max(Seq()))
a, b, *c = Seq()
print(a, b, c)
it = iter(Seq())
print(next(it), next(it), type(it).__name__)
try: reversed(Seq())
except TypeError as e: print(e)
class SeqLen(Seq):
    def __len__(self): return 4
print(list(reversed(SeqLen())))
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class NoIter: pass
try: iter(NoIter())
except TypeError as e: print(e)
try:
    for x in 5: pass
except TypeError as e: print(e)
try: 3 in 5
except TypeError as e: print(e)
try: 3 in NoIter()
except TypeError as e: print(e)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
try:
    for x in BadIter(): pass
except TypeError as e: print(e)
class IterNone:
    __iter__ = None
try: iter(IterNone())
except TypeError as e: print(e)
class Cont:
    def __contains__(self, x): return x == 1
print(1 in Cont(), 2 in Cont(), 2 not in Cont())
class ContTruthy:
    def __contains__(self, x): return [1]
print(1 in ContTruthy())
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), 2 in It())
it = It()
for x in it:
    if x == 2: break
print(list(it))
print(next(iter([]), "dflt"))
try: next(iter([]))
except StopIteration as e: print("StopIteration", e.args)
try: next([1])
except TypeError as e: print(e)
try: next(5)
except TypeError as e: print(e)
c = iter(int, 1)
print(type(c).__name__)
vals = iter([1, 2, 0, 3].pop, 0)
print(list(vals))
try: iter(5, 1)
except TypeError as e: print(e)
print(list(zip(It(), "ab", Seq())))
print(list(enumerate(Seq(), 1)))
print(dict(zip("abc", It())))
e = enumerate("xy")
print(next(e), list(e))
print(list(map(lambda a, b: a + b, [1, 2, 3], It())))
m = map(str, It())
print(next(m), list(m))
try: zip(1)
except TypeError as e: print(e)
try: map(str, 1)
except TypeError as e: print(e)
try: enumerate(1)
except TypeError as e: print(e)
try: list(1)
except TypeError as e: print(e)
try: tuple(None)
except TypeError as e: print(e)
try: sorted(1)
except TypeError as e: print(e)
try: sum(1)
except TypeError as e: print(e)
try: min(1)
except TypeError as e: print(e)
try: min([])
except ValueError as e: print(e)
try: max([], key=len)
except ValueError as e: print(e)
print(max([], default=0), min([3,1], default=9))
try: sum(["a", "b"], "")
except TypeError as e: print(e)
try: sum([[1], [2]])
except TypeError as e: print(e)
print(sum([[1], [2]], []))
print(all(It()), any(Seq()), any([]), all([]))
class NoContains(list):
    __contains__ = None
try: 1 in NoContains([1])
except TypeError as e: print(e)
class NoReverse(list):
    __reversed__ = None
try: reversed(NoReverse([1]))
except TypeError as e: print(e)
class NoIterList(list):
    __iter__ = None
try:
    for x in NoIterList([1]): pass
except TypeError as e: print(e)
try: list(NoIterList([1]))
except TypeError as e: print(e)
print(len(NoIterList([1, 2])))
