# Ordering comparisons of lists, deques and tuples of lists (<, <=, >, >=,
# ==, !=) first look for the first differing item with ==, then compare
# that pair with the operator. An item's __eq__ that empties, shrinks or
# regrows both sequences in between leaves the index past the end: CPython
# re-checks the sizes before the second comparison; a native that does
# not reads past a freed buffer.
# expect-output: list __lt__ -> False
# expect-output: list __le__ -> True
# expect-output: list __gt__ -> False
# expect-output: list __ge__ -> True
# expect-output: list __eq__ -> True
# expect-output: list __ne__ -> False
# expect-output: list grow __lt__ -> False
# expect-output: list grow __eq__ -> False
# expect-output: deque __lt__ -> True
# expect-output: deque __eq__ -> False
# expect-output: deque __ge__ TypeError '>=' not supported between instances of 'E' and 'E'
# expect-output: tuple of lists < -> True
# expect-output: list pop during == -> True
# expect-output: sorted of lists -> [[E, E], [E, E]]
# expect-output: dict of lists == -> False
def attempt(name, f):
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, type(e).__name__, e)
class E:
    def __init__(self, v, act=None): self.v = v; self.act = act
    def __eq__(self, o):
        if self.act: a = self.act; self.act = None; a()
        return False
    def __lt__(self, o):
        return True
    def __repr__(self): return "E"
for op in ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"):
    a = [E(1), E(2), E(3)]
    b = [E(1), E(2), E(3)]
    a[0].act = lambda: (a.clear(), b.clear())
    attempt("list " + op, lambda: getattr(a, op)(b))
for op in ("__lt__", "__eq__"):
    a = [E(1), E(2), E(3)]
    b = [E(1), E(2), E(3)]
    a[0].act = lambda: (a.clear(), b.clear(), a.extend([1] * 1000))
    attempt("list grow " + op, lambda: getattr(a, op)(b))
import collections
for op in ("__lt__", "__eq__", "__ge__"):
    a = collections.deque([E(1), E(2), E(3)])
    b = collections.deque([E(1), E(2), E(3)])
    a[0].act = lambda: (a.clear(), b.clear())
    attempt("deque " + op, lambda: getattr(a, op)(b))
lst = [E(1), E(2)]
tu1 = (lst, E(1))
lst2 = [E(1), E(2)]
tu2 = (lst2, E(1))
lst[0].act = lambda: (lst.clear(), lst2.clear())
attempt("tuple of lists <", lambda: tu1 < tu2)
a = [E(1), E(2), E(3)]
b = [E(1), E(2), E(3)]
a[1].act = lambda: (a.pop(), b.pop(), b.pop())
attempt("list pop during ==", lambda: a < b)
ba1 = [bytearray(b"abc")]
attempt("sorted of lists", lambda: sorted([[E(1), E(2)], [E(1), E(3)]]))
d1 = {1: [E(1)]}
d2 = {1: [E(1)]}
d1[1][0].act = lambda: (d1.clear(), d2.clear())
attempt("dict of lists ==", lambda: d1 == d2)
