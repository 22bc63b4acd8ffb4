# Errors of collections, math, functools, operator, json, heapq, bisect, string, statistics, fractions and decimal calls (4 of 5): each check prints the result or the
# exception's type and message, as CPython 3.11's.
import collections, math, functools, operator, json, heapq, bisect, string, statistics, fractions, decimal
class I:
    def __index__(self): return 2


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check('functools.partial()', lambda: functools.partial())
check('functools.partial(1)', lambda: functools.partial(1))
check('functools.cmp_to_key(1)(1) < 2', lambda: functools.cmp_to_key(1)(1) < 2)
check('operator.itemgetter()', lambda: operator.itemgetter())
check('operator.attrgetter(1)', lambda: operator.attrgetter(1))
check('operator.methodcaller()', lambda: operator.methodcaller())
check('operator.methodcaller(1)', lambda: operator.methodcaller(1))
check('operator.index(1.5)', lambda: operator.index(1.5))
check("operator.length_hint(1, 'a')", lambda: operator.length_hint(1, 'a'))
check("json.loads('{')", lambda: json.loads('{'))
check("json.loads('[1,]')", lambda: json.loads('[1,]'))
check('json.loads(1)', lambda: json.loads(1))
check('json.dumps({1j: 1})', lambda: json.dumps({1j: 1}))
check('json.dumps(1j)', lambda: json.dumps(1j))
check("json.dumps(float('nan'), allow_nan=False)", lambda: json.dumps(float('nan'), allow_nan=False))
check('json.loads(\'{"a" 1}\')', lambda: json.loads('{"a" 1}'))
