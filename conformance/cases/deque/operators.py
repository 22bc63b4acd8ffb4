# A deque's operators and protocols: indexing, item assignment and deletion,
# +, *, +=, *=, comparisons, truth, len, reversed, in, hash, repr.
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque("abcdef")
print(d[0], d[-1], d[2], d[-3])
attempt("index past", lambda: d[6])
attempt("index before", lambda: d[-7])
attempt("index str", lambda: d["a"])
attempt("index slice", lambda: d[1:2])
attempt("index float", lambda: d[1.0])
attempt("index huge", lambda: d[2**70])
attempt("index bool", lambda: d[True])


class Idx:
    def __index__(self):
        return -2


print(d[Idx()])
d[1] = "B"
d[-1] = "F"
print(d)
attempt("set past", lambda: d.__setitem__(10, 1))
attempt("set slice", lambda: d.__setitem__(slice(1, 2), [1]))
del d[0]
del d[-1]
print(d)
del d[2]
print(d)
attempt("del past", lambda: d.__delitem__(5))
attempt("del str", lambda: d.__delitem__("x"))

big = deque(range(100))
for i in (3, 50, 97, 0, -1, 20, 70):
    del big[i]
print(len(big), list(big)[:5], list(big)[-5:], big[50])
for i, v in ((0, "a"), (10, "b"), (60, "c"), (95, "d"), (-1, "e")):
    big.insert(i, v)
print(len(big), big[0], big[10], big[60], big[-2], big[-1])

# Concatenation and repetition.
a = deque([1, 2], maxlen=3)
print(a + deque([3, 4]), deque([3, 4]) + a)
attempt("add list", lambda: a + [1])
attempt("radd list", lambda: [1] + a)
print(a * 3, 3 * a, a * 0, a * -1)
print(deque([1, 2, 3]) * 2, 2 * deque("x"), deque([7]) * 4)
print(deque([1, 2], maxlen=5) * 4, deque([1, 2, 3], maxlen=4) * 3)
attempt("mul str", lambda: a * "a")
attempt("mul float", lambda: a * 1.5)
attempt("rmul list", lambda: [1] * a)
attempt("mul deque", lambda: a * a)
attempt("mul huge", lambda: deque([1]) * 2**70)
e = deque([1, 2])
e += [3, 4]
e += (5,)
e += "ab"
e += e
print(e)
e *= 2
print(len(e), e[-1])
e *= 1
e *= 0
print(e)
f = deque([1, 2], maxlen=5)
f *= 3
print(f)


def iadd_int():
    g = deque()
    g += 5


attempt("iadd int", iadd_int)


def imul_str():
    g = deque([1])
    g *= "x"


attempt("imul str", imul_str)


class Right:
    def __radd__(self, other):
        return "radd"

    def __rmul__(self, other):
        return "rmul"


print(deque([1]) + Right(), deque([1]) * Right())

# Comparisons.
x, y = deque([1, 2, 3]), deque([1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(x == deque([1, 2, 3]), x == [1, 2, 3], x != [1, 2, 3])
print(deque([1, 2]) < deque([1, 2, 3]), deque([1, 2, 3]) > deque([1, 2]))
print(deque() == deque(), deque() < deque([0]), deque([1], maxlen=2) == deque([1]))
print(x.__eq__([1, 2, 3]), x.__lt__(5))
attempt("lt list", lambda: x < [1, 2])
attempt("lt mixed", lambda: deque([1]) < deque(["a"]))
nan = float("nan")
print(deque([nan]) == deque([nan]), [nan] == [nan])

# Truth, len, reversed, in.
print(bool(deque()), bool(deque([0])), len(deque(range(7))))
print(list(reversed(deque("abc"))), 2 in deque([1, 2]), 5 in deque([1, 2]))
print(5 not in deque([1, 2]), "b" in deque("abc"))

# Unhashable.
attempt("hash", lambda: hash(deque()))
attempt("set of deques", lambda: {deque()})
print(deque.__hash__)

# repr with maxlen and recursion.
r = deque([1, "two", 3.0])
print(repr(r), str(r), repr(deque(maxlen=2)), repr(deque([None], 1)))
r.append(r)
print(r)
s = deque([[1]], maxlen=4)
s[0].append(s)
print(s)
print(repr(deque([deque([1])])))
print("%s|%r" % (deque([1]), deque([2], 3)))
print(f"{deque([1, 2])!r:>20}|")
attempt("percent mapping", lambda: "%(a)s" % deque([1]))
attempt("percent plain", lambda: "%s" % deque([1]))
