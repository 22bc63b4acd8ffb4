# An item whose __eq__ changes the deque while a native scan (count, index,
# remove, `in`, comparison) or an iterator walks it: CPython raises
# "deque mutated during iteration" (IndexError from remove) and never reads
# a freed slot.
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Mutator:
    def __init__(self, action):
        self.action = action
        self.deque = None

    def __eq__(self, other):
        self.action(self.deque)
        return False

    __hash__ = None


def make(action):
    m = Mutator(action)
    d = deque([1, m, 2, 3])
    m.deque = d
    return d


for name, action in [("clear", lambda d: d.clear()),
                     ("append", lambda d: d.append(0)),
                     ("pop", lambda d: d.pop()),
                     ("rotate", lambda d: d.rotate(1)),
                     ("append+pop", lambda d: (d.append(0), d.pop())),
                     ("setitem", lambda d: d.__setitem__(0, 5)),
                     ("reverse", lambda d: d.reverse())]:
    attempt(f"count/{name}", lambda: make(action).count(99))
    attempt(f"index/{name}", lambda: make(action).index(99))
    attempt(f"remove/{name}", lambda: make(action).remove(99))
    attempt(f"in/{name}", lambda: 99 in make(action))
    attempt(f"eq/{name}", lambda: make(action) == deque([1, 99, 2, 3]))
    attempt(f"lt/{name}", lambda: make(action) < deque([1, 99, 2, 3]))
    attempt(f"ne-other/{name}", lambda: deque([1, 99, 2, 3]) != make(action))


# Iteration sees every change of position, even when the length comes back.
d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
attempt("next after append", lambda: next(it))
attempt("next again", lambda: next(it))
d = deque([1, 2, 3])
it = iter(d)
d.append(4)
d.pop()
attempt("append+pop", lambda: next(it))
d = deque([1, 2, 3])
it = reversed(d)
print(next(it))
d[0] = 10
d.reverse()
print(list(it))
d = deque([1, 2, 3])
it = iter(d)
d.rotate(0)
attempt("rotate 0", lambda: list(it))
d = deque([1])
it = iter(d)
d.rotate(1)
attempt("rotate single", lambda: list(it))
d = deque([1, 2])
it = iter(d)
d[1] = 5
d.clear()
d.extend([])
attempt("clear", lambda: list(it))
d = deque()
it = iter(d)
d.clear()
attempt("clear empty", lambda: list(it))
d = deque([1, 2])
it = iter(d)
d.rotate(2)
attempt("rotate full turn", lambda: list(it))


def grow_while_iterating():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)


attempt("for append", grow_while_iterating)
d = deque(range(5))
attempt("clear in loop", lambda: [d.clear() for _ in d])
print(d)

# A deque extended or rotated with itself.
d = deque([1, 2, 3])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
d += d
print(len(d), d.count(1))
b = deque([1, 2, 3], maxlen=4)
b.extend(b)
print(b)
b.extendleft(b)
print(b)
d = deque([1, 2, 3])
d.__init__(d)
print(d)


def gen(d):
    for i in range(3):
        d.append(i)
        yield i


d = deque([9])
attempt("extend from generator appending", lambda: d.extend(gen(d)))
print(d)


# An __eq__ that changes the deque and matches: index and `in` return the
# match, count and remove raise.
class MatchAndGrow:
    def __init__(self):
        self.d = None

    def __eq__(self, other):
        self.d.append(0)
        return True

    __hash__ = None


for op in ("index", "in", "count", "remove"):
    m = MatchAndGrow()
    d = deque([m, 1])
    m.d = d
    calls = {"index": lambda: d.index(5), "in": lambda: 5 in d,
             "count": lambda: d.count(5), "remove": lambda: d.remove(5)}
    attempt(f"match/{op}", calls[op])
    print(len(d))
