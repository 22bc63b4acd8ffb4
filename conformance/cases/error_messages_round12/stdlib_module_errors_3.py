# Errors of collections, math, functools, operator, json, heapq, bisect, string, statistics, fractions and decimal calls (3 of 5): each check prints the result or the
# exception's type and message, as CPython 3.11's.
import collections, math, functools, operator, json, heapq, bisect, string, statistics, fractions, decimal
class I:
    def __index__(self): return 2


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check('math.ceil(None)', lambda: math.ceil(None))
check('math.exp(1000)', lambda: math.exp(1000))
check('math.pow(0, -1)', lambda: math.pow(0, -1))
check("math.fsum([1, 'a'])", lambda: math.fsum([1, 'a']))
check("math.prod([1, 'a'])", lambda: math.prod([1, 'a']))
check('math.dist([1], [1, 2])', lambda: math.dist([1], [1, 2]))
check("math.hypot('a')", lambda: math.hypot('a'))
check('math.atan2(1)', lambda: math.atan2(1))
check("math.copysign(1, 'a')", lambda: math.copysign(1, 'a'))
check('math.ldexp(1.0, 1.5)', lambda: math.ldexp(1.0, 1.5))
check("math.frexp('a')", lambda: math.frexp('a'))
check('math.isclose(1, 2, rel_tol=-1)', lambda: math.isclose(1, 2, rel_tol=-1))
check("math.trunc('a')", lambda: math.trunc('a'))
check('functools.reduce(operator.add, [])', lambda: functools.reduce(operator.add, []))
check('functools.reduce(1, [1, 2])', lambda: functools.reduce(1, [1, 2]))
check('functools.reduce()', lambda: functools.reduce())
