# A generator consumed by a native (sorted, map, zip, groupby, chain, tee,
# islice, heapq.merge, reduce, accumulate, max) whose callback closes,
# throws into, sends to or advances that same generator: the native's
# iterator must see an ordinary end or the callback's exception, as in
# CPython, with nothing resumed twice or read after release.
# expect-output: sorted close -> [0, 1, 2, 3, 4]
# expect-output: sorted throw ValueError thrown
# expect-output: map close -> [None]
# expect-output: map next -> [1, 3, None]
# expect-output: zip close -> [(0, None)]
# expect-output: groupby close -> [[0]]
# expect-output: chain send -> [0, 1, 2, 3, 4]
# expect-output: tee close -> [[0], [0]]
# expect-output: islice close -> [0]
# expect-output: merge close -> [0, 1, 2]
# expect-output: reduce close -> 0
# expect-output: accumulate throw KeyError 'k'
# expect-output: max genexp close -> 0
import functools
import heapq
import itertools


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def gen():
    for i in range(5):
        yield i


g = gen()
attempt("sorted close", lambda: sorted(g, key=lambda x: g.close() or x))
g = gen()
attempt("sorted throw", lambda: sorted(g, key=lambda x: g.throw(ValueError("thrown")) or x))
g = gen()
attempt("map close", lambda: list(map(lambda x: g.close(), g)))
g = gen()
attempt("map next", lambda: list(map(lambda x: next(g, None), g)))
g = gen()
attempt("zip close", lambda: list(zip(g, map(lambda x: g.close(), range(5)))))
g = gen()
attempt("groupby close", lambda: [list(v) for k, v in itertools.groupby(g, key=lambda x: g.close() or x)])
g = gen()
attempt("chain send", lambda: list(itertools.chain(g, map(lambda x: g.send(None), range(3)))))
g = gen()
attempt("tee close", lambda: [list(a) for a in itertools.tee(map(lambda x: g.close() or x, g), 2)])
g = gen()
attempt("islice close", lambda: list(itertools.islice(map(lambda x: (g.close(), x)[1], g), 3)))
g = gen()
attempt("merge close", lambda: list(heapq.merge(g, [1, 2], key=lambda x: g.close() or x)))
g = gen()
attempt("reduce close", lambda: functools.reduce(lambda a, b: g.close() or a, g))
g = gen()
attempt("accumulate throw", lambda: list(itertools.accumulate(g, lambda a, b: g.throw(KeyError("k")))))
ge = (x for x in range(5))
attempt("max genexp close", lambda: max(ge, key=lambda x: ge.close() or x))
