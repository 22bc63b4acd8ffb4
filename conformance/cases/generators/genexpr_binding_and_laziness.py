def src(n):
    print("src called", n)
    return range(n)
g = (x * 2 for x in src(3))
print("created")
print(list(g))
try:
    g = (x for x in 5)
except TypeError as e: print("early", e)
try:
    g = (x for x in [1] for y in 5)
    print("lazy ok")
    list(g)
except TypeError as e: print("late", e)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
x = 10
print([x for x in range(3)], x)
print({k: v for k, v in zip("ab", [1, 2])}, {c for c in "aab" if c == "a"})
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["aa", "b", "ccc"]))
def gen_with_return():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
acc = gen_with_return(); next(acc)
for v in [1, 2, 3]: acc.send(v)
try: acc.send(None)
except StopIteration as e: print("total", e.value)
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))
def chain(*its):
    for it in its: yield from it
print(list(chain("ab", [1], range(2))))
def flatten(x):
    if isinstance(x, list):
        for y in x: yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
def count():
    n = 0
    while True:
        yield n
        n += 1
def islice(it, n):
    for i, v in zip(range(n), it): yield v
print(list(islice(count(), 5)))
c = count()
print([next(c) for _ in range(3)])
z = zip(count(), "abc")
print(list(z))
g = (i for i in range(5))
print(3 in g, list(g))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
gf = gen_finally()
next(gf)
gf.close()
print(list(x for x in range(3) if x))
print([(a, b) for a in range(3) for b in range(a)])
print([y for x in [[1, 2], [3]] for y in x])
g = (yy for yy in range(3))
print(type(g).__name__)
print(list(enumerate(x for x in "ab")))
