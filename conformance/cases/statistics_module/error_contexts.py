# Exceptions of statistics with the context CPython's raise sites give
# them (what an uncaught traceback prints as "During handling of the
# above exception"), and a few values at the edges of the numeric code.
import math
import statistics
from fractions import Fraction


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        ctx = e.__context__
        print(label, '!!', type(e).__name__, e, '| context:',
              type(ctx).__name__ if ctx is not None else None,
              '| suppressed:', e.__suppress_context__)


show('mode empty', lambda: statistics.mode([]))
show('geometric_mean empty', lambda: statistics.geometric_mean([]))
show('geometric_mean zero', lambda: statistics.geometric_mean([0, 1]))
show('correlation constant', lambda: statistics.correlation([1, 1, 1], [1, 2, 3]))
show('linear_regression constant', lambda: statistics.linear_regression([2, 2], [1, 2]))
show('median_grouped str', lambda: statistics.median_grouped([1, 2], 'x'))
show('median_grouped None', lambda: statistics.median_grouped([1, 2], None))
show('mean None', lambda: statistics.mean([None]))
show('mean str', lambda: statistics.mean(['a']))
show('fmean int', lambda: statistics.fmean(5))
show('fmean iterator', lambda: statistics.fmean(iter([1, 2, 4])))
show('fmean iterator weights', lambda: statistics.fmean(iter([1, 2, 4]), [1, 2]))
show('stdev nan', lambda: statistics.stdev([math.nan, 1.0]))
show('variance inf', lambda: statistics.variance([math.inf, 1.0]))
show('pvariance fractions', lambda: statistics.pvariance([Fraction(1, 3), Fraction(2, 7), 1]))
show('stdev huge ints', lambda: statistics.stdev([2 ** 1000, 3 ** 700, 5]))
show('from_samples inf', lambda: statistics.NormalDist.from_samples([math.inf, 1.0]))
show('inv_cdf nan', lambda: statistics.NormalDist().inv_cdf(math.nan))
show('inv_cdf tails', lambda: [statistics.NormalDist(3, 2).inv_cdf(p)
                               for p in (1e-300, 1e-10, 0.02, 0.5, 0.98, 1 - 1e-12)])
show('quantiles bad method', lambda: statistics.quantiles([1, 2, 3], method='x'))
show('quantiles one point', lambda: statistics.quantiles([1], method='x'))
show('harmonic_mean zero', lambda: statistics.harmonic_mean([2, 0, 4]))
show('harmonic_mean one str', lambda: statistics.harmonic_mean(['a']))
show('_coerce bool', lambda: statistics._coerce(bool, int))
show('_isfinite', lambda: [statistics._isfinite(x) for x in (1, 2.5, math.inf, Fraction(1, 3))])
show('overlap', lambda: statistics.NormalDist(0, 1).overlap(statistics.NormalDist(0.5, 2)))
show('ND sub', lambda: (5 - statistics.NormalDist(1, 2), statistics.NormalDist(1, 2) - statistics.NormalDist(3, 4)))
