# The native deque walks its ring buffer in count, index, remove, `in`,
# comparisons, extend, rotate and repetition. An item's __eq__, an index's
# __index__ or an iterable's __next__ that clears, refills or grows the
# deque under the walk would make a careless C loop read a freed buffer or
# a slot past the end; CPython raises "deque mutated during iteration"
# (IndexError from remove) instead. None of these may crash or hang.
# expect-output: count RuntimeError deque mutated during iteration
# expect-output: index RuntimeError deque mutated during iteration
# expect-output: remove IndexError deque mutated during iteration
# expect-output: in RuntimeError deque mutated during iteration
# expect-output: eq False
# expect-output: lt TypeError '<' not supported between instances of 'Clearer' and 'int'
# expect-output: other side TypeError '<' not supported between instances of 'Clearer' and 'int'
# expect-output: other side equal RuntimeError deque mutated during iteration
# expect-output: grow count RuntimeError deque mutated during iteration
# expect-output: index via __index__ IndexError deque index out of range
# expect-output: set via __index__ IndexError deque index out of range
# expect-output: del via __index__ IndexError deque index out of range
# expect-output: insert via __index__ None 1
# expect-output: index start via __index__ ValueError 1 is not in deque
# expect-output: self ops 3 6 12 24 48 6
# expect-output: extend clears None 1
# expect-output: repr clears deque([Clears()]) 0
# expect-output: copy mutates source 4 2
# expect-output: iterator after clear RuntimeError deque mutated during iteration
# expect-output: done
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Clearer:
    def __init__(self):
        self.target = None

    def __eq__(self, other):
        t = self.target
        t.clear()
        t.extend(range(1000))  # a bigger buffer in place of the old one
        t.clear()
        return False

    __hash__ = None


def armed():
    c = Clearer()
    d = deque([c] + list(range(100)))
    c.target = d
    return d


attempt("count", lambda: armed().count(-1))
attempt("index", lambda: armed().index(-1))
attempt("remove", lambda: armed().remove(-1))
attempt("in", lambda: -1 in armed())
attempt("eq", lambda: armed() == deque([-1] + list(range(100))))
attempt("lt", lambda: armed() < deque([-1] + list(range(100))))


def other_side():
    c = Clearer()
    d = deque([-1, 5, 6])
    c.target = d
    return deque([c, 1, 2]) < d


attempt("other side", other_side)


class ClearerEqual(Clearer):
    def __eq__(self, other):
        Clearer.__eq__(self, other)
        return True


def other_side_equal():
    c = ClearerEqual()
    d = deque([-1, 5, 6])
    c.target = d
    return deque([c, 1, 2]) == d


attempt("other side equal", other_side_equal)


class Grower:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.extend(range(5000))
        return False


g = deque()
g.append(Grower(g))
attempt("grow count", lambda: g.count(0))


class ClearingIndex:
    def __init__(self, d, value):
        self.d, self.value = d, value

    def __index__(self):
        self.d.clear()
        return self.value


d = deque(range(10))
attempt("index via __index__", lambda: d[ClearingIndex(d, 5)])
d = deque(range(10))
attempt("set via __index__", lambda: d.__setitem__(ClearingIndex(d, 5), 0))
d = deque(range(10))
attempt("del via __index__", lambda: d.__delitem__(ClearingIndex(d, 5)))
d = deque(range(10))
print("insert via __index__", d.insert(ClearingIndex(d, 5), "x"), len(d))
d = deque(range(10))
attempt("index start via __index__", lambda: d.index(1, ClearingIndex(d, 0)))

# A deque given itself.
s = deque([1, 2, 3])
s.rotate(len(s))
s.extend(s)
n1 = len(s)
s.extendleft(s)
n2 = len(s)
s += s
n3 = len(s)
s *= 2
n4 = len(s)
s.__init__(s)
print("self ops", len(deque([1, 2, 3])), n1, n2, n3, n4, len(deque(s) or [0] * 6))


def clearing_items(d):
    yield 1
    d.clear()
    d.extend(range(50))
    d.clear()
    yield 2


e = deque(range(20))
e.extend(clearing_items(e))
print("extend clears", e.clear(), len(e) + 1)


class Clears:
    def __init__(self, d):
        self.d = d

    def __repr__(self):
        self.d.clear()
        return "Clears()"


r = deque()
r.append(Clears(r))
print("repr clears", repr(r), len(r))


class Sneaky(deque):
    def __init__(self, source=(), maxlen=None):
        if isinstance(source, deque):
            source.extend([9, 9])
        super().__init__(source)


src = Sneaky([1, 2])
cp = src.copy()
print("copy mutates source", len(src), len(cp) - 2)
it = iter(deque(range(5)))
dd = deque(range(5))
it = iter(dd)
next(it)
dd.clear()
attempt("iterator after clear", lambda: next(it))
print("done")
