# groupby hands out _grouper objects that stop when the next group is
# taken; keys compare with identity first; tee copies share one buffer.
import copy
import itertools as it

groups = it.groupby("aaabbc")
k1, g1 = next(groups)
print(k1, next(g1))
k2, g2 = next(groups)
print(k2, list(g1), list(g2))
print([(k, list(g)) for k, g in it.groupby([1, 1, 2, 2, 2, 1])])
print([(k, len(list(g))) for k, g in it.groupby("AaBbb", key=str.lower)])

class Odd:
    def __eq__(self, other):
        print("Odd.__eq__")
        return False
odd = Odd()
print([len(list(g)) for k, g in it.groupby([1, 2, 3], key=lambda v: odd)])

calls = []
def key(v):
    calls.append(v)
    return v // 3
gb = it.groupby(range(7), key)
first = next(gb)
print(calls)
second = next(gb)
print(calls, list(first[1]), list(second[1]))
print([k for k, _ in it.groupby([])], list(it.groupby("a")[0:0]) if False else "")

try:
    it._grouper(it.groupby("ab"), "a")
    print("direct _grouper made")
except TypeError as e:
    print("TypeError", e)

a, b, c = it.tee(range(5), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
t = it.tee(iter("xyz"))[0]
next(t)
t2 = copy.copy(t)
t3 = t.__copy__()
print(list(t), list(t2), list(t3), type(t2).__name__)
x, y = it.tee(t2)
print(list(x), list(y))
u, v = it.tee("abc")
w, z = it.tee(u)
print(next(u), list(w), list(z), list(v))

class Copyable:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
    def __copy__(self):
        print("Copyable.__copy__")
        return Copyable()
p, q = it.tee(Copyable())
print(type(p).__name__, type(q).__name__, list(p), list(q))
big = it.tee(range(200))
print(sum(big[0]), sum(big[1]))
print(it.tee([1], 1)[0].__class__.__name__, it.tee([1], 0))
