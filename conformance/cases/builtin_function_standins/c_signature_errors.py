# Functions CPython has in C and moat writes in Python (collections.deque's
# and OrderedDict's methods, heapq, functools.reduce, decimal.setcontext)
# refuse a call their parameters do not take with the C calling
# convention's TypeError: METH_O, METH_NOARGS, Argument Clinic's texts,
# PyArg_ParseTuple's, and METH_VARARGS's refusal of keywords.
import bisect
import cmath
import collections
import decimal
import functools
import heapq


def attempt(label, call):
    try:
        call()
    except TypeError as e:
        print(label, "->", e)


d = collections.deque([1, 2, 3])
attempt("deque.count kw", lambda: d.count(x=1))
attempt("deque.append none", lambda: d.append())
attempt("deque.remove two", lambda: d.remove(1, 2))
attempt("deque.pop one", lambda: d.pop(1))
attempt("deque.clear kw", lambda: d.clear(x=1))
attempt("deque.index none", lambda: d.index())
attempt("deque.index four", lambda: d.index(1, 0, 3, 4))
attempt("deque.index kw", lambda: d.index(1, start=0))
attempt("deque.insert one", lambda: d.insert(1))

od = collections.OrderedDict(a=1)
attempt("fromkeys kw", lambda: collections.OrderedDict.fromkeys(x=1))
attempt("fromkeys three", lambda: collections.OrderedDict.fromkeys(1, 2, 3))
attempt("move_to_end none", lambda: od.move_to_end())
attempt("move_to_end bad kw", lambda: od.move_to_end(key="a", x=3))
attempt("popitem two", lambda: od.popitem(1, 2))
attempt("pop none", lambda: od.pop())
attempt("setdefault three", lambda: od.setdefault(1, 2, 3))

attempt("heappush one", lambda: heapq.heappush([]))
attempt("heappush three", lambda: heapq.heappush([], 1, 2))
attempt("heappush kw", lambda: heapq.heappush(heap=[], item=1))
attempt("heappop none", lambda: heapq.heappop())
attempt("heapify kw", lambda: heapq.heapify(x=[]))
attempt("heapreplace one", lambda: heapq.heapreplace([1]))

attempt("reduce kw", lambda: functools.reduce(function=len))
attempt("reduce one", lambda: functools.reduce(len))
attempt("setcontext none", lambda: decimal.setcontext())
attempt("bisect none", lambda: bisect.bisect_right())
attempt("cmath.sqrt kw", lambda: cmath.sqrt(z=1))
attempt("cmath.log three", lambda: cmath.log(1, 2, 3))

# Calls that fit still work.
print(d.count(1), d.index(2), heapq.heappop([3, 4]), od.popitem(last=False))
