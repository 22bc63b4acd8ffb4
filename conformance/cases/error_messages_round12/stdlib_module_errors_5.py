# Errors of collections, math, functools, operator, json, heapq, bisect, string, statistics, fractions and decimal calls (5 of 5): each check prints the result or the
# exception's type and message, as CPython 3.11's.
import collections, math, functools, operator, json, heapq, bisect, string, statistics, fractions, decimal
class I:
    def __index__(self): return 2


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check('json.loads(\'"\\\\x"\')', lambda: json.loads('"\\x"'))
check('heapq.heappop([])', lambda: heapq.heappop([]))
check('heapq.heappush(1, 2)', lambda: heapq.heappush(1, 2))
check('heapq.heappush([], 1, 2)', lambda: heapq.heappush([], 1, 2))
check('bisect.bisect([1], 1, -1)', lambda: bisect.bisect([1], 1, -1))
check('bisect.insort(1, 1)', lambda: bisect.insort(1, 1))
check("string.Template('$').substitute()", lambda: string.Template('$').substitute())
check("string.Template('$a').substitute()", lambda: string.Template('$a').substitute())
check("'{0:{1}}'.format(1)", lambda: '{0:{1}}'.format(1))
check('statistics.mean([])', lambda: statistics.mean([]))
check('statistics.median([])', lambda: statistics.median([]))
check('statistics.stdev([1])', lambda: statistics.stdev([1]))
check('statistics.mode([])', lambda: statistics.mode([]))
check('fractions.Fraction(1, 0)', lambda: fractions.Fraction(1, 0))
check("fractions.Fraction('x')", lambda: fractions.Fraction('x'))
check('fractions.Fraction(1.5, 2)', lambda: fractions.Fraction(1.5, 2))
check("decimal.Decimal('x')", lambda: decimal.Decimal('x'))
check('decimal.Decimal(1) / 0', lambda: decimal.Decimal(1) / 0)
