# Callbacks of copy, collections and bisect/heapq that change what the
# native or library code is walking: __reduce_ex__ emptying the list being
# deep-copied and returning a list iterator as its state, a dictitems
# iterator whose values' __deepcopy__ clear the memo, a defaultdict
# factory that rebuilds the dict being filled, Counter updates and
# subtraction whose keys' __eq__ clear the counter, bisect/insort/merge/
# nlargest keys that empty their list. CPython's results or errors.
# expect-output: deepcopy reduce clears -> [[1, 2, 3]]
# expect-output: deepcopy dictitems -> {0: 3, 1: 3, 2: 3}
# expect-output: copy reduce clears -> [1, 2, 3]
# expect-output: defaultdict factory rebuilds -> ('F', 101)
# expect-output: Counter update -> 1
# expect-output: Counter subtract RuntimeError dictionary changed size during iteration
# expect-output: bisect key clears IndexError list index out of range
# expect-output: insort key clears -> [5]
# expect-output: bisect key pops -> 6
# expect-output: merge key clears -> [1]
# expect-output: nlargest key clears -> [0]
# expect-output: nsmallest key grows -> [0, 0, 1]
import bisect
import collections
import copy
import heapq


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Reduces:
    def __reduce_ex__(self, proto):
        lst.clear()
        return (list, (), None, iter(lst2))


lst = [Reduces(), 1]
lst2 = [1, 2, 3]
attempt("deepcopy reduce clears", lambda: copy.deepcopy(lst))


class DictItems:
    def __reduce_ex__(self, proto):
        return (dict, (), None, None, iter([(i, ClearsMemo()) for i in range(3)]))


class ClearsMemo:
    def __deepcopy__(self, memo):
        memo.clear()
        return 3


attempt("deepcopy dictitems", lambda: copy.deepcopy(DictItems()))
attempt("copy reduce clears", lambda: copy.copy(Reduces()))


def factory():
    dd.clear()
    dd.update({i: i for i in range(100)})
    return "F"


dd = collections.defaultdict(factory)
attempt("defaultdict factory rebuilds", lambda: (dd["x"], len(dd)))


class CK:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        c.clear()
        return False


c = collections.Counter()
attempt("Counter update", lambda: (c.update([CK(), CK(), CK()]), len(c))[1])
c = collections.Counter({CK(): 1, CK(): 2})
attempt("Counter subtract", lambda: len(c - collections.Counter({CK(): 1})))
L = list(range(20))
attempt("bisect key clears", lambda: bisect.bisect_left(L, 5, key=lambda x: (L.clear(), x)[1]))
L = list(range(20))
attempt("insort key clears", lambda: (bisect.insort(L, 5, key=lambda x: (L.clear() if len(L) > 3 else None, x)[1]), L)[1])
L = list(range(20))
attempt("bisect key pops", lambda: bisect.bisect_right(L, 5, 0, 20, key=lambda x: (L.pop(), x)[1]))
a = [1, 3, 5]
b = [2, 4, 6]
attempt("merge key clears", lambda: list(heapq.merge(a, b, key=lambda x: (a.clear(), b.clear(), x)[1])))
L = list(range(20))
attempt("nlargest key clears", lambda: heapq.nlargest(3, L, key=lambda x: (L.clear(), x)[1]))
L = list(range(20))
attempt("nsmallest key grows", lambda: heapq.nsmallest(3, L, key=lambda x: (L.append(x) if len(L) < 40 else None, x)[1]))
