class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
            return
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t), sum(t), max(t), 6 in t, 9 in t)
for depth, v in t.walk():
    print("  " * depth + str(v))
print(list(t.leaves()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
cd = Countdown(4)
print(list(cd), list(cd), list(reversed(cd)), sorted(cd), [a * b for a, b in zip(cd, reversed(cd))])
it = iter(cd)
print(iter(it) is it, next(it), type(it).__name__)
class Registry:
    def __init__(self):
        self.items = {"b": 2, "a": 1, "c": 3}
    def items_sorted(self):
        for k in sorted(self.items):
            yield k, self.items[k]
reg = Registry()
print(dict(reg.items_sorted()), list(reg.items_sorted())[0])
gen = reg.items_sorted()
next(gen)
reg.items["d"] = 4
print(list(gen))
def unpack_gen():
    yield from (1, 2, 3)
a, *b = unpack_gen()
print(a, b, [*unpack_gen(), *unpack_gen()], {*unpack_gen()}, max(*unpack_gen()))
def g():
    yield 1
print(g.__name__, type(g()).__name__, g().__name__, g().__qualname__, Tree.walk.__qualname__)
