# Built-in consumers (min, max, sorted, sum, any, all, enumerate, zip with
# strict=True, map over several iterables, filter, reversed, dict(), set(),
# frozenset(), list.index over a dict view) whose key function, predicate
# or items' dunders change the dict, set or list being iterated. A dict or
# set changed in size must give CPython's RuntimeError; a list is re-read
# at each step; nothing reads a freed table.
# expect-output: max over dict, key grows it RuntimeError dictionary changed size during iteration
# expect-output: min over dict, key deletes RuntimeError dictionary changed size during iteration
# expect-output: sorted over set, key clears -> [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect-output: any over set, pred grows RuntimeError Set changed size during iteration
# expect-output: all over items, pred clears RuntimeError dictionary changed size during iteration
# expect-output: enumerate list, body clears -> [(0, None)]
# expect-output: zip strict, one grows the other ValueError zip() argument 2 is shorter than argument 1
# expect-output: map over two, func clears one -> [11]
# expect-output: filter, pred pops -> [1, 2]
# expect-output: reversed, body clears -> [(4, None)]
# expect-output: dict() of items whose keys clear the source -> 5
# expect-output: set() of keys clearing the source -> 5
# expect-output: frozenset of a view -> 5
# expect-output: sum of values, __radd__ free -> 10
# expect-output: list(d) while a generator grows it RuntimeError dictionary changed size during iteration
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r if not isinstance(r, (map, filter, zip)) else list(r))
    except Exception as e:
        print(label, type(e).__name__, e)


d = {i: i for i in range(10)}
attempt("max over dict, key grows it", lambda: max(d, key=lambda k: (d.__setitem__(k + 100, 0), k)[1]))
d = {i: i for i in range(10)}
attempt("min over dict, key deletes", lambda: min(d, key=lambda k: (d.pop(9 - k, None), k)[1]))
s = set(range(10))
attempt("sorted over set, key clears", lambda: sorted(s, key=lambda k: (s.clear(), k)[1]))
s = set(range(10))
attempt("any over set, pred grows", lambda: any((s.add(v + 100), False)[1] for v in s))
d = {i: i for i in range(10)}
attempt("all over items, pred clears", lambda: all((d.clear(), True)[1] for _ in d.items()))
L = list(range(5))
attempt("enumerate list, body clears", lambda: [(i, L.clear()) for i, v in enumerate(L)])
a = [1, 2, 3]
b = [4, 5, 6]


class Grows:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        a.append(self.n)
        return self.n


attempt("zip strict, one grows the other", lambda: list(zip(a, Grows(), strict=True)))
a = [1, 2, 3]
attempt("map over two, func clears one", lambda: list(map(lambda x, y: (a.clear(), x + y)[1], a, [10, 20, 30])))
a = [1, 2, 3, 4]
attempt("filter, pred pops", lambda: list(filter(lambda x: (a.pop(), True)[1], a)))
a = [1, 2, 3, 4]
attempt("reversed, body clears", lambda: [(v, a.clear()) for v in reversed(a)])
d = {i: i for i in range(10)}


class KeyEq:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        d.clear()
        return False


d = {KeyEq(i): i for i in range(5)}
attempt("dict() of items whose keys clear the source", lambda: len(dict(d.items())))
d = {KeyEq(i): i for i in range(5)}
attempt("set() of keys clearing the source", lambda: len(set(d)))
d = {KeyEq(i): i for i in range(5)}
attempt("frozenset of a view", lambda: len(frozenset(d.keys())))
d = {i: i for i in range(5)}
attempt("sum of values, __radd__ free", lambda: sum(d.values()))
d = {i: i for i in range(5)}
attempt("list(d) while a generator grows it", lambda: list(x for x in d if not d.__setitem__(x + 10, 0)))
