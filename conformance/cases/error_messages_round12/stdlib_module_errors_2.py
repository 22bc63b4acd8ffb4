# Errors of collections, math, functools, operator, json, heapq, bisect, string, statistics, fractions and decimal calls (2 of 5): each check prints the result or the
# exception's type and message, as CPython 3.11's.
import collections, math, functools, operator, json, heapq, bisect, string, statistics, fractions, decimal
class I:
    def __index__(self): return 2


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check("collections.defaultdict(None)['k']", lambda: collections.defaultdict(None)['k'])
check("collections.namedtuple('P', 'a')(1, 2)", lambda: collections.namedtuple('P', 'a')(1, 2))
check("collections.ChainMap({}).pop('k')", lambda: collections.ChainMap({}).pop('k'))
check('collections.ChainMap().popitem()', lambda: collections.ChainMap().popitem())
check('math.sqrt(-1)', lambda: math.sqrt(-1))
check('math.log(0)', lambda: math.log(0))
check('math.log(-1)', lambda: math.log(-1))
check('math.log(1, 1)', lambda: math.log(1, 1))
check('math.factorial(-1)', lambda: math.factorial(-1))
check('math.factorial(1.5)', lambda: math.factorial(1.5))
check('math.comb(-1, 2)', lambda: math.comb(-1, 2))
check('math.comb(1.5, 2)', lambda: math.comb(1.5, 2))
check('math.perm(3, -1)', lambda: math.perm(3, -1))
check('math.gcd(1.5)', lambda: math.gcd(1.5))
check('math.isqrt(-1)', lambda: math.isqrt(-1))
check("math.floor('a')", lambda: math.floor('a'))
