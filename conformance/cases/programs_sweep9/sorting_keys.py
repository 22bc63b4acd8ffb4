from operator import itemgetter, attrgetter
from functools import cmp_to_key
people = [("ann", 31, "NY"), ("bob", 25, "LA"), ("cy", 31, "LA"), ("dee", 25, "NY")]
print(sorted(people, key=itemgetter(1, 0)))
print(sorted(people, key=lambda p: (-p[1], p[2], p[0])))
print(sorted(people, key=itemgetter(2), reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
    def __repr__(self): return f"P({self.n},{self.a})"
ps = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(ps, key=attrgetter("a")), min(ps, key=attrgetter("n")), max(ps, key=lambda p: p.a))
lst = [5, 2, 9, 1]
lst.sort(reverse=True); print(lst)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted([1.5, 1, True, 0.5]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    sorted([{1}, {2}], key=None)
    print("sets sort")
except TypeError as e:
    print(e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(e)
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=itemgetter(0))
print(stable)
print(sorted(range(10), key=lambda x: x % 3), max([], default="none"), min(3, 1, 2, key=lambda x: -x))
