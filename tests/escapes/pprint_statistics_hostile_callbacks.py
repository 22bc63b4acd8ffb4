# pprint, statistics and heapq run the script's dunders from inside their
# own loops: pprint sorting dict keys whose __lt__ empties the dict being
# printed, huge indents and nonsense widths/depths, recursive containers in
# saferepr; statistics over numbers whose __float__, __index__ or
# as_integer_ratio lie (a zero denominator, a str numerator), NaN and
# huge values, mixed Fraction/Decimal data, quantiles with a huge n;
# heapq.merge and nsmallest with keys that empty the list. Each must give
# CPython's answer or exception.
# expect-output: pprint sort keys mutating dict -> '{K0: 0, K1: 1, K2: 2, K3: 3, K4: 4, K5: 5, K6: 6, K7: 7, K8: 8, K9: 9}'
# expect-output: pprint sort_dicts False -> '{K0: 0, K1: 1, K2: 2, K3: 3, K4: 4, K5: 5, K6: 6, K7: 7, K8: 8, K9: 9}'
# expect-output: pprint width 0 ValueError: width must be != 0
# expect-output: pprint depth -1 ValueError: depth must be > 0
# expect-output: pprint indent huge -> 1200020
# expect-output: pprint saferepr recursion -> '[<Recursion on list with id=N>]'
# expect-output: pprint isrecursive -> True
# expect-output: PrettyPrinter _dispatch -> 'dict'
# expect-output: pprint _safe_key -> <class 'pprint._safe_key'>
# expect-output: statistics mean hostile float TypeError: can't convert type 'F' to numerator/denominator
# expect-output: statistics mean zero denominator ratio ZeroDivisionError: Fraction(2, 0)
# expect-output: statistics mean str ratio TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect-output: statistics median mixed -> 1
# expect-output: statistics fmean huge OverflowError: intermediate overflow in fsum
# expect-output: statistics stdev nan AttributeError: 'float' object has no attribute 'numerator'
# expect-output: statistics NormalDist hostile -> 1e+308
# expect-output: statistics geometric_mean neg StatisticsError: geometric mean requires a non-empty dataset containing positive numbers
# expect-output: statistics quantiles n huge -> 99999
# expect-output: heapq.merge key mutating -> [2, 3, 1]
# expect-output: heapq.nsmallest key mutating list -> [K0]
import decimal
import fractions
import heapq
import pprint
import re
import statistics


def t(label, fn):
    # Reprs carry an id: left out, it depends on what asked first.
    try:
        text = "-> " + repr(fn())
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    print(label, re.sub(r"id=[0-9]+", "id=N", text))


d = {}


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        d.clear()
        return self.v < o.v

    def __hash__(self):
        return self.v

    def __eq__(self, o):
        return self is o

    def __repr__(self):
        return f"K{self.v}"


d.update({K(i): i for i in range(10)})
t("pprint sort keys mutating dict", lambda: pprint.pformat(d))
d.update({K(i): i for i in range(10)})
t("pprint sort_dicts False", lambda: pprint.pformat(d, sort_dicts=False))
t("pprint width 0", lambda: pprint.pformat([1, 2], width=0))
t("pprint depth -1", lambda: pprint.pformat([1, 2], depth=-1))
t("pprint indent huge", lambda: len(pprint.pformat([[1, 2]] * 3, indent=10**5, width=1)))
t("pprint saferepr recursion", lambda: (l := [], l.append(l), pprint.saferepr(l))[2])
t("pprint isrecursive", lambda: pprint.isrecursive((l := [], l.append(l), l)[2]))
t("PrettyPrinter _dispatch", lambda: type(pprint.PrettyPrinter._dispatch).__name__)
t("pprint _safe_key", lambda: pprint._safe_key)


class F:
    def __float__(self):
        return 1e308

    def __index__(self):
        return 3


t("statistics mean hostile float", lambda: statistics.mean([F(), F()]))


class Ratio(int):
    def as_integer_ratio(self):
        return (1, 0)


t("statistics mean zero denominator ratio", lambda: statistics.mean([Ratio(1), Ratio(2)]))


class Ratio2(float):
    def as_integer_ratio(self):
        return ("a", 2)


t("statistics mean str ratio", lambda: statistics.mean([Ratio2(1.0)]))
t("statistics median mixed",
  lambda: statistics.median([1, fractions.Fraction(1, 3), decimal.Decimal(2)]))
t("statistics fmean huge", lambda: statistics.fmean([1e308, 1e308]))
t("statistics stdev nan", lambda: statistics.stdev([float('nan'), 1.0]))
t("statistics NormalDist hostile", lambda: statistics.NormalDist(F(), 1).mean)
t("statistics geometric_mean neg", lambda: statistics.geometric_mean([-1, 2]))
t("statistics quantiles n huge", lambda: len(statistics.quantiles([1, 2], n=10**5)))
t("heapq.merge key mutating", lambda: list(heapq.merge([3, 1], [2], key=lambda x: x)))
h = [K(i) for i in range(10)]
t("heapq.nsmallest key mutating list",
  lambda: heapq.nsmallest(3, h, key=lambda x: (h.clear(), x.v)[1]))
