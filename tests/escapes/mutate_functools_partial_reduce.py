# functools natives re-entered from the callables they drive: a partial
# whose function rewrites the partial's own keywords dict while it runs,
# reduce whose function empties or grows the list being reduced (or
# reduces again from inside), cmp_to_key whose comparison empties the list
# being sorted, and an lru_cache'd recursion that clears its own cache at
# every level. CPython's answers; nothing may read a freed argument array.
# expect-output: partial keywords rewritten -> (1, 3)
# expect-output: partial keywords again -> (1, 101)
# expect-output: partial many args -> 100
# expect-output: reduce clears -> 1
# expect-output: reduce grows -> 85
# expect-output: reduce nested -> -55
# expect-output: cmp_to_key clears -> [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
# expect-output: lru_cache cleared at every level -> 610
# expect-output: lru_cache info -> 2
import functools


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def rewrites_keywords(*a, **k):
    p.keywords.clear()
    p.keywords.update({str(i): i for i in range(100)})
    return len(a), len(k)


p = functools.partial(rewrites_keywords, 1, a=1, b=2)
attempt("partial keywords rewritten", lambda: p(c=3))
attempt("partial keywords again", lambda: p(c=3))


def rebinds_args(*a):
    q.args if False else None
    return a


q = functools.partial(rebinds_args, *range(50))
attempt("partial many args", lambda: len(q(*range(50))))

L = list(range(10))
attempt("reduce clears", lambda: functools.reduce(lambda a, b: (L.clear(), a + b)[1], L))
L = list(range(10))
attempt("reduce grows", lambda: functools.reduce(
    lambda a, b: (L.append(1) if len(L) < 50 else None, a + b)[1], L))


def red(a, b):
    return functools.reduce(red, [a - 100, b]) if a >= 0 and a < 50 else a + b


attempt("reduce nested", lambda: functools.reduce(red, range(10)))
L = list(range(20))
attempt("cmp_to_key clears", lambda: sorted(L, key=functools.cmp_to_key(lambda a, b: (L.clear(), a - b)[1])))


@functools.lru_cache(maxsize=2)
def fib(n):
    if n < 2:
        return n
    fib.cache_clear()
    return fib(n - 1) + fib(n - 2)


attempt("lru_cache cleared at every level", lambda: fib(15))
attempt("lru_cache info", lambda: fib.cache_info().currsize)
