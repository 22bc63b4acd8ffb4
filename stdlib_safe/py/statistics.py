"""statistics for moat: the behaviour of CPython 3.11's module, written for
moat. Averages (mean, fmean, geometric_mean, harmonic_mean, median,
median_low, median_high, median_grouped, mode, multimode, quantiles),
spread (pvariance, variance, pstdev, stdev), two-variable relations
(covariance, correlation, linear_regression), NormalDist and
StatisticsError.

Numerical method (what makes results agree with CPython's to the bit):

* mean, harmonic_mean and the variances are computed exactly. Each value
  is turned into an integer ratio; numerators are added per denominator as
  ints, and only the per-denominator totals become Fractions. The exact
  result is then converted once to the type the data had: int data with a
  fractional result gives a float, Fraction data a Fraction, Decimal data
  a Decimal. An infinity or NaN has no ratio; such values are added as
  they are and their sum is the result.
* The variances use the exact sums of x and x*x in one pass:
  SS = (n*Sxx - Sx*Sx) / n, exact because it is done in Fractions.
* stdev and pstdev take a correctly rounded square root of the exact
  variance: an integer square root rounded to odd, scaled so that the one
  final division to float rounds correctly (Decimal data: the context's
  square root, corrected by one step when the exact root lies past the
  midpoint to a neighbour).
* fmean, geometric_mean and the two-variable functions use math.fsum.
* NormalDist.inv_cdf is Wichura's algorithm AS241 (1988), whose
  coefficients are given below, evaluated by Horner's rule in the order
  CPython's C helper evaluates it.

Where this module differs from CPython: CPython accepts any numbers.Real
where this module accepts int, bool, float, Fraction and Decimal; and the
"don't know how to coerce" TypeError names the types in the order the data
shows them (CPython's order depends on set iteration).

The private helpers _sum, _coerce, _convert, _exact_ratio, _isfinite,
_fail_neg and the three _*_sqrt_of_frac functions keep CPython's names and
contracts because CPython's test suite calls them.
"""

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance',
           'fmean', 'geometric_mean', 'harmonic_mean', 'linear_regression',
           'mean', 'median', 'median_grouped', 'median_high', 'median_low',
           'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']

import math
import random

from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from itertools import repeat
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau
from operator import attrgetter, mul


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact arithmetic.

def _exact_ratio(x):
    """x as (numerator, denominator); (x, None) when x is an infinity or a
    NaN; TypeError when x has neither as_integer_ratio() nor
    numerator/denominator."""
    missing = object()
    try:
        ratio = x.as_integer_ratio()
    except (OverflowError, ValueError):
        # Only an infinity or a NaN has no ratio.
        ratio = (x, None)
    except AttributeError:
        ratio = missing
    if ratio is not missing:
        return ratio
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        kind = type(x).__name__
        raise TypeError(
            f"can't convert type '{kind}' to numerator/denominator")


def _isfinite(x):
    """Whether x is finite: Decimal's own test, else math.isfinite()."""
    test = getattr(x, 'is_finite', None)
    if test is None:
        return math.isfinite(x)
    return test()


def _is_decimal_type(kind):
    # decimal is imported only for data that is none of the common types.
    if issubclass(kind, (int, float, Fraction)):
        return False
    from decimal import Decimal
    return issubclass(kind, Decimal)


def _coerce(T, S):
    """The type a result over data of types T and S takes, or TypeError.

    Plain int (and bool) always give way; then a subclass wins over its
    base; then anything wins over an int subclass; float wins over
    Fraction. Other pairs (float and Decimal, say) cannot be mixed.
    """
    assert T is not bool, "initial type T is bool"
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    for winner, loser in ((S, T), (T, S)):
        if issubclass(winner, loser):
            return winner
    for other, integral in ((S, T), (T, S)):
        if issubclass(integral, int):
            return other
    for floaty, exact in ((S, T), (T, S)):
        if issubclass(floaty, float) and issubclass(exact, Fraction):
            return floaty
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _result_type(kinds):
    # Folds _coerce over the data's types, in the order they appeared,
    # starting from int.
    result = int
    for kind in kinds:
        result = _coerce(result, kind)
    return result


def _convert(value, T):
    """The exact result `value` (a Fraction, or a float that is not
    finite) as an instance of T; a non-integral result of int data is a
    float."""
    if type(value) is T:
        return value
    target = T
    if issubclass(T, int) and value.denominator != 1:
        target = float
    try:
        return target(value)
    except TypeError:
        if not _is_decimal_type(target):
            raise
        # Decimal() refuses a Fraction: divide its two terms instead.
        return target(value.numerator) / target(value.denominator)


def _tally(data, with_squares):
    # One pass over data: the types seen (in order of appearance), the
    # count, and the numerators summed per denominator (non-finite values
    # under the key None). With with_squares, also the squared numerators
    # per denominator, for the sum of squares.
    kinds = {}
    count = 0
    firsts = {}
    seconds = {}
    for x in data:
        kinds.setdefault(type(x))
        num, den = _exact_ratio(x)
        count += 1
        if with_squares:
            if den not in firsts:
                firsts[den] = seconds[den] = 0
            firsts[den] += num
            seconds[den] += num * num
        else:
            firsts[den] = firsts.get(den, 0) + num
    return kinds, count, firsts, seconds


def _sum(data):
    """(type, exact total, count) of numeric data; the total is a
    Fraction (an int for no data), or a float/Decimal when the data has
    infinities or NaNs."""
    kinds, count, totals, _ = _tally(data, False)
    if None in totals:
        exact = totals[None]
    else:
        exact = sum(Fraction(num, den) for den, num in totals.items())
    return (_result_type(kinds), exact, count)


def _ss(data, c=None):
    """(type, sum of squared deviations, mean, count) of data, exactly.
    With c given, c is taken to be the mean."""
    if c is not None:
        kind, total, count = _sum((dev := x - c) * dev for x in data)
        return (kind, total, c, count)
    kinds, count, firsts, seconds = _tally(data, True)
    if count == 0:
        squares = centre = Fraction(0)
    elif None in firsts:
        squares = centre = firsts[None]
    else:
        sx = sum(Fraction(num, den) for den, num in firsts.items())
        sxx = sum(Fraction(num, den * den) for den, num in seconds.items())
        squares = (count * sxx - sx * sx) / count
        centre = sx / count
    return (_result_type(kinds), squares, centre, count)


def _too_few(name, minimum):
    # The StatisticsError for data with fewer than `minimum` (1 or 2)
    # points.
    wanted = 'one data point' if minimum == 1 else 'two data points'
    return StatisticsError(f'{name} requires at least {wanted}')


def _fail_neg(values, errmsg='negative value'):
    """Yields values, raising StatisticsError(errmsg) at a negative one."""
    for value in values:
        if value < 0:
            raise StatisticsError(errmsg)
        yield value


# ---------------------------------------------------------------------------
# Correctly rounded square roots of exact ratios.

# Bits of integer root needed for one correct rounding to a double:
# twice the 53-bit mantissa, plus 3.
_sqrt_bit_width = 109


def _integer_sqrt_of_frac_rto(n, m):
    """isqrt(n/m), rounded to odd: the low bit is set when inexact."""
    root = math.isqrt(n // m)
    inexact = root * root * m != n
    return root | inexact


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) as a correctly rounded float."""
    # Shift by 2*k bits so the rounded-to-odd root keeps enough bits; the
    # division by 2**k (or the multiplication) is then exact up to the
    # final rounding.
    k = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if k < 0:
        return _integer_sqrt_of_frac_rto(n << (-2 * k), m) / (1 << -k)
    return (_integer_sqrt_of_frac_rto(n, m << (2 * k)) << k) / 1


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n/m) as a Decimal, correctly rounded in the current context."""
    from decimal import Decimal
    if n == 0:
        return Decimal('0.0')
    if n < 0:
        n, m = -n, -m
    guess = (Decimal(n) / Decimal(m)).sqrt()
    gn, gd = guess.as_integer_ratio()

    def beyond_midpoint(neighbour, upward):
        # Compares n/m with the square of the midpoint of guess and
        # neighbour, in integers: 4*n*(gd*qd)**2 against m*(gn*qd+qn*gd)**2.
        qn, qd = neighbour.as_integer_ratio()
        left = 4 * n * (gd * qd) ** 2
        right = m * (qd * gn + gd * qn) ** 2
        return left > right if upward else left < right

    above = guess.next_plus()
    if beyond_midpoint(above, True):
        return above
    below = guess.next_minus()
    if beyond_midpoint(below, False):
        return below
    return guess


def _root_of(ratio, kind):
    # The square root of an exact variance, in the data's kind.
    if _is_decimal_type(kind):
        return _decimal_sqrt_of_frac(ratio.numerator, ratio.denominator)
    return _float_sqrt_of_frac(ratio.numerator, ratio.denominator)


# ---------------------------------------------------------------------------
# Averages.

def mean(data):
    """The arithmetic mean of data.

    The result is exact before its one conversion to the data's type:
    mean([1, 2, 3]) is the int 2, mean([1, 2]) the float 1.5. Empty data
    raises StatisticsError.

    >>> mean([3, 5, 10])
    6
    >>> mean([Fraction(1, 4), Fraction(3, 4), 2])
    Fraction(1, 1)
    """
    kind, total, count = _sum(data)
    if count < 1:
        raise _too_few('mean', 1)
    return _convert(total / count, kind)


class _Counting:
    # An iterator over `source` that counts the items it has handed out
    # (fmean's data when it has no len()).
    def __init__(self, source):
        self._source = source
        self._it = None
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            # Late, as a generator would: a non-iterable fails inside
            # fsum(), not while fmean() handles len()'s TypeError.
            self._it = iter(self._source)
        item = next(self._it)
        self.count += 1
        return item


def fmean(data, weights=None):
    """Convert data to floats and return their (optionally weighted)
    arithmetic mean, using math.fsum. Faster than mean(); always a float.
    Empty data raises StatisticsError.

    >>> fmean([2.5, 4, 7], weights=[1, 1, 2])
    5.125
    """
    try:
        size = len(data)
        counter = None
    except TypeError:
        counter = data = _Counting(data)
    if weights is None:
        total = fsum(data)
        if counter is not None:
            size = counter.count
        if not size:
            raise _too_few('fmean', 1)
        return total / size
    try:
        wsize = len(weights)
    except TypeError:
        weights = list(weights)
        wsize = len(weights)
    weighted = fsum(map(mul, data, weights))
    if counter is not None:
        size = counter.count
    if size != wsize:
        raise StatisticsError('data and weights must be the same length')
    wtotal = fsum(weights)
    if not wtotal:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / wtotal


def geometric_mean(data):
    """Convert data to floats and return their geometric mean: exp of the
    fmean of the logarithms. Empty data, a zero or a negative value raise
    StatisticsError.

    >>> geometric_mean([2, 8])
    4.0
    """
    try:
        log_mean = fmean(map(log, data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None
    return exp(log_mean)


def harmonic_mean(data, weights=None):
    """Return the (optionally weighted) harmonic mean of data: the
    reciprocal of the mean of the reciprocals. A zero value makes it 0;
    empty data or a negative value raise StatisticsError.

    >>> harmonic_mean([10, 30])
    15.0
    """
    negative = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    size = len(data)
    if size < 1:
        raise _too_few('harmonic_mean', 1)
    if size == 1 and weights is None:
        only = data[0]
        numeric = (isinstance(only, (int, float, Fraction)) or
                   _is_decimal_type(type(only)))
        if not numeric:
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = repeat(1, size)
        weight_total = size
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _sum(w for w in _fail_neg(weights, negative))[1]
    checked = _fail_neg(data, negative)
    try:
        kind, total, _ = _sum(w / x if w else 0
                              for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / total, kind)


def _ordered(data):
    # The data sorted, or StatisticsError for the medians of empty data.
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    """Return the median (middle value) of numeric data; for an even
    count, the mean of the two middle values.

    >>> median([7, 1, 4, 9])
    5.5
    """
    ordered = _ordered(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Return the low median: the middle value, or the smaller of the two
    middle values for an even count.

    >>> median_low([7, 1, 4, 9])
    4
    """
    ordered = _ordered(data)
    half, odd = divmod(len(ordered), 2)
    return ordered[half if odd else half - 1]


def median_high(data):
    """Return the high median: the middle value, or the larger of the two
    middle values for an even count.

    >>> median_high([7, 1, 4, 9])
    7
    """
    ordered = _ordered(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """Median of data grouped in bins `interval` wide, each value being
    the midpoint of its bin: interpolated inside the bin that holds the
    middle value (the 50th percentile of continuous data).

    >>> median_grouped([2, 3, 3, 4, 6])
    3.25
    """
    ordered = _ordered(data)
    count = len(ordered)
    middle = ordered[count // 2]
    below = bisect_left(ordered, middle)
    inside = bisect_right(ordered, middle, lo=below) - below
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (count / 2 - below) / inside


def mode(data):
    """Return the most common value of discrete or nominal data; the first
    one met among equally common values. Empty data raises
    StatisticsError.

    >>> mode("abracadabra")
    'a'
    """
    tallies = Counter(iter(data))
    try:
        # Raised from the IndexError of an empty ranking, as CPython's.
        winner = tallies.most_common(1)[0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None
    return winner[0]


def multimode(data):
    """Return the list of most common values, in order of first
    appearance ([] for empty data).

    >>> multimode("mississippi")
    ['i', 's']
    """
    tallies = Counter(iter(data))
    best = max(tallies.values(), default=None)
    return [value for value, seen in tallies.items() if seen == best]


def _cut_points(ordered, parts, inclusive):
    # The parts-1 interpolated cut points of sorted data. 'inclusive'
    # (R7) takes the minimum and maximum as the 0th and 100th percentiles;
    # 'exclusive' (R6) treats the data as a sample of a wider population.
    size = len(ordered)
    points = []
    for i in range(1, parts):
        if inclusive:
            j, delta = divmod(i * (size - 1), parts)
            lo, hi = ordered[j], ordered[j + 1]
        else:
            scaled = i * (size + 1)
            j = min(max(scaled // parts, 1), size - 1)
            delta = scaled - j * parts
            lo, hi = ordered[j - 1], ordered[j]
        points.append((lo * (parts - delta) + hi * delta) / parts)
    return points


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals of equal probability and
    return the n - 1 cut points, interpolated linearly between data
    points. method is 'exclusive' (the default) or 'inclusive'.

    >>> quantiles(range(1, 12), n=4)
    [3.0, 6.0, 9.0]
    >>> quantiles([1, 2, 3, 4], n=3, method="inclusive")
    [2.0, 3.0]
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    if len(ordered) < 2:
        raise StatisticsError('must have at least two data points')
    if method not in ('inclusive', 'exclusive'):
        raise ValueError(f'Unknown method: {method!r}')
    return _cut_points(ordered, n, method == 'inclusive')


# ---------------------------------------------------------------------------
# Spread.

def _mean_square(data, centre, sample, name):
    # (type, exact mean square deviation): divided by n - 1 for a sample,
    # by n for a population; StatisticsError names the caller.
    kind, squares, _, count = _ss(data, centre)
    needed = 2 if sample else 1
    if count < needed:
        raise _too_few(name, needed)
    return kind, squares / (count - 1 if sample else count)


def variance(data, xbar=None):
    """Return the sample variance of data (at least two values). xbar, if
    given, is taken to be the mean of data.

    >>> variance([1, 3, 5, 7])
    6.666666666666667
    """
    kind, ms = _mean_square(data, xbar, True, 'variance')
    return _convert(ms, kind)


def pvariance(data, mu=None):
    """Return the population variance of data (at least one value). mu, if
    given, is taken to be the mean of data.

    >>> from decimal import Decimal
    >>> pvariance([Decimal("1.5"), Decimal("2.5"), Decimal("4")])
    Decimal('1.055555555555555555555555556')
    """
    kind, ms = _mean_square(data, mu, False, 'pvariance')
    return _convert(ms, kind)


def stdev(data, xbar=None):
    """Return the sample standard deviation: the square root of variance(),
    correctly rounded.

    >>> stdev([2, 4, 4, 4, 5, 5, 7, 9])
    2.138089935299395
    """
    kind, ms = _mean_square(data, xbar, True, 'stdev')
    return _root_of(ms, kind)


def pstdev(data, mu=None):
    """Return the population standard deviation: the square root of
    pvariance(), correctly rounded.

    >>> pstdev([2, 4, 4, 4, 5, 5, 7, 9])
    2.0
    """
    kind, ms = _mean_square(data, mu, False, 'pstdev')
    return _root_of(ms, kind)


def _mean_and_stdev(data):
    # Float mean and sample standard deviation in one pass (for
    # NormalDist.from_samples).
    _, squares, centre, count = _ss(data)
    if count < 2:
        raise _too_few('stdev', 2)
    ms = squares / (count - 1)
    location = float(centre)
    if isinstance(ms, Fraction):
        return location, _float_sqrt_of_frac(ms.numerator, ms.denominator)
    # Infinities or NaNs in the data: the exact route has no ratio.
    return location, location / float(squares)


# ---------------------------------------------------------------------------
# Two variables.

def _check_pair(x, y, what):
    size = len(x)
    if len(y) != size:
        raise StatisticsError(
            f'{what} requires that both inputs have same number of data points')
    if size < 2:
        raise _too_few(what, 2)
    return size


def _co_sum(x, xshift, y, yshift):
    # fsum of (x[i] - xshift) * (y[i] - yshift) over the pairs; no
    # subtraction at all when the shifts are None.
    if xshift is None:
        return fsum(a * b for a, b in zip(x, y))
    return fsum((a - xshift) * (b - yshift) for a, b in zip(x, y))


def covariance(x, y, /):
    """Return the sample covariance of the two inputs x and y, a measure
    of their joint variability.

    >>> covariance([1, 2, 3, 4], [2, 4, 5, 9])
    3.6666666666666665
    """
    size = _check_pair(x, y, 'covariance')
    xbar = fsum(x) / size
    ybar = fsum(y) / size
    return _co_sum(x, xbar, y, ybar) / (size - 1)


def correlation(x, y, /):
    """Return Pearson's correlation coefficient of the two inputs, between
    -1 and +1.

    >>> correlation([1, 2, 3, 4], [8, 6, 4, 2])
    -1.0
    """
    size = _check_pair(x, y, 'correlation')
    xbar = fsum(x) / size
    ybar = fsum(y) / size
    sxy = _co_sum(x, xbar, y, ybar)
    sxx = _co_sum(x, xbar, x, xbar)
    syy = _co_sum(y, ybar, y, ybar)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


# module= is what CPython's namedtuple finds from its caller's frame.
LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'),
                              module=__name__)


def linear_regression(x, y, /, *, proportional=False):
    """Return (slope, intercept) of the ordinary least squares line
    through the points, as a LinearRegression named tuple. With
    proportional true the line goes through the origin (intercept 0.0).

    >>> linear_regression([1, 2, 3], [3, 5, 7])
    LinearRegression(slope=2.0, intercept=1.0)
    >>> linear_regression([2, 4], [3, 6], proportional=True)
    LinearRegression(slope=1.5, intercept=0.0)
    """
    size = _check_pair(x, y, 'linear regression')
    if proportional:
        xbar = ybar = None
    else:
        xbar = fsum(x) / size
        ybar = fsum(y) / size
    sxy = _co_sum(x, xbar, y, ybar)
    sxx = _co_sum(x, xbar, x, xbar)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=ybar - slope * xbar)


# ---------------------------------------------------------------------------
# The normal distribution.

# AS241 coefficients, highest degree first, for Horner's rule. Central
# region (|p - 0.5| <= 0.425), in r = 0.180625 - q*q:
_CENTRAL_NUM = (2.5090809287301226727e+3, 3.3430575583588128105e+4,
                6.7265770927008700853e+4, 4.5921953931549871457e+4,
                1.3731693765509461125e+4, 1.9715909503065514427e+3,
                1.3314166789178437745e+2, 3.3871328727963666080e+0)
_CENTRAL_DEN = (5.2264952788528545610e+3, 2.8729085735721942674e+4,
                3.9307895800092710610e+4, 2.1213794301586595867e+4,
                5.3941960214247511077e+3, 6.8718700749205790830e+2,
                4.2313330701600911252e+1, 1.0)
# Intermediate tail (r = sqrt(-log(tail p)) <= 5), in r - 1.6:
_NEAR_NUM = (7.7454501427834140764e-4, 2.2723844989269184583e-2,
             2.4178072517745061177e-1, 1.2704582524523683826e+0,
             3.6478483247632045605e+0, 5.7694972214606914055e+0,
             4.6303378461565452959e+0, 1.4234371107496835773e+0)
_NEAR_DEN = (1.0507500716444168432e-9, 5.4759380849953449460e-4,
             1.5198666563616457197e-2, 1.4810397642748007459e-1,
             6.8976733498510000455e-1, 1.6763848301838038494e+0,
             2.0531916266377588219e+0, 1.0)
# Far tail (r > 5), in r - 5:
_FAR_NUM = (2.0103343992922881327e-7, 2.7115555687434875782e-5,
            1.2426609473880784386e-3, 2.6532189526576123093e-2,
            2.9656057182850489123e-1, 1.7848265399172913358e+0,
            5.4637849111641143699e+0, 6.6579046435011037772e+0)
_FAR_DEN = (2.0442631033899397856e-15, 1.4215117583164458887e-7,
            1.8463183175100546818e-5, 7.8686913114561329059e-4,
            1.4875361290850614852e-2, 1.3692988092273580531e-1,
            5.9983220655588793769e-1, 1.0)


def _horner(coefficients, t):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * t + c
    return acc


def _normal_dist_inv_cdf(p, mu, sigma):
    # The standard normal quantile of p by AS241, then scaled.
    q = p - 0.5
    if fabs(q) <= 0.425:
        t = 0.180625 - q * q
        z = (_horner(_CENTRAL_NUM, t) * q) / _horner(_CENTRAL_DEN, t)
        return mu + (z * sigma)
    tail = p if q <= 0.0 else 1.0 - p
    t = sqrt(-log(tail))
    if t <= 5.0:
        t = t - 1.6
        z = _horner(_NEAR_NUM, t) / _horner(_NEAR_DEN, t)
    else:
        t = t - 5.0
        z = _horner(_FAR_NUM, t) / _horner(_FAR_DEN, t)
    if q < 0.0:
        z = -z
    return mu + (z * sigma)


_SQRT2 = sqrt(2.0)


def _sigma_zero(method):
    return StatisticsError(f'{method}() not defined when sigma is zero')


class NormalDist:
    "Normal distribution of a random variable"

    # The slots' texts are their descriptors' __doc__.
    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        """A normal distribution with mean mu and standard deviation sigma
        (both stored as floats; sigma may not be negative)."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution estimated from sample data: its mean and sample
        standard deviation."""
        return cls(*_mean_and_stdev(data))

    # -- the distribution's numbers ---------------------------------------

    mean = property(attrgetter('_mu'),
                    doc="The mean (mu) of the distribution.")
    median = property(attrgetter('_mu'),
                      doc="The median, which for a normal distribution is "
                          "the mean.")
    mode = property(attrgetter('_mu'),
                    doc="The mode (where the pdf peaks), which for a normal "
                        "distribution is the mean.")
    stdev = property(attrgetter('_sigma'),
                     doc="The standard deviation (sigma) of the "
                         "distribution.")

    @property
    def variance(self):
        "sigma squared."
        sigma = self._sigma
        return sigma * sigma

    # -- functions of x or p ------------------------------------------------

    def samples(self, n, *, seed=None):
        """A list of n random values drawn from the distribution, from a
        Random(seed) of their own when seed is given."""
        source = random if seed is None else random.Random(seed)
        draw = source.gauss
        mu = self._mu
        sigma = self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        "The probability density at x: P(x <= X < x+dx) / dx."
        var = self._sigma * self._sigma
        if not var:
            raise _sigma_zero('pdf')
        offset = x - self._mu
        return exp(offset * offset / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        """The cumulative probability P(X <= x).

        >>> NormalDist(100, 15).cdf(115)
        0.8413447460685429
        """
        if not self._sigma:
            raise _sigma_zero('cdf')
        scaled = (x - self._mu) / (self._sigma * _SQRT2)
        return 0.5 * (1.0 + erf(scaled))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function: the x for which
        P(X <= x) = p, for 0 < p < 1."""
        # Two tests, not a chained comparison: a NaN p passes both.
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals
        of equal probability.

        >>> NormalDist(0, 1).quantiles(4)
        [-0.6744897501960817, 0.0, 0.6744897501960817]
        """
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient (OVL) of two normal distributions:
        the area shared by their two densities, between 0.0 and 1.0
        (Inman and Bradley, 1989).

        >>> NormalDist(0, 1).overlap(NormalDist(1, 1))
        0.6170750774519738
        """
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # Order the pair so that the result does not depend on which is
        # self.
        first, second = self, other
        if (second._sigma, second._mu) < (first._sigma, first._mu):
            first, second = second, first
        v1 = first.variance
        v2 = second.variance
        if not v1 or not v2:
            raise _sigma_zero('overlap')
        dv = v2 - v1
        dm = fabs(second._mu - first._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * first._sigma * _SQRT2))
        a = first._mu * v2 - second._mu * v1
        b = first._sigma * second._sigma * sqrt(dm * dm + dv * log(v2 / v1))
        cuts = ((a + b) / dv, (a - b) / dv)
        near, far = [fabs(second.cdf(c) - first.cdf(c)) for c in cuts]
        return 1.0 - (near + far)

    def zscore(self, x):
        """The standard score (x - mean) / stdev: how many standard
        deviations x lies above or below the mean.

        >>> NormalDist(10, 2).zscore(13)
        1.5
        """
        sigma = self._sigma
        if not sigma:
            raise _sigma_zero('zscore')
        return (x - self._mu) / sigma

    # -- arithmetic -----------------------------------------------------------
    # A constant shifts (+, -) or scales (*, /) the distribution, sigma by
    # the constant's magnitude. Another NormalDist is taken as independent:
    # the means add or subtract and the variances add. The results are
    # always plain NormalDist.

    def _plus_or_minus(self, other, minus):
        if isinstance(other, NormalDist):
            spread = hypot(self._sigma, other._sigma)
            other = other._mu
        else:
            spread = self._sigma
        centre = self._mu - other if minus else self._mu + other
        return NormalDist(centre, spread)

    def __add__(x1, x2):
        "x1 + x2, x2 a constant or another NormalDist."
        return x1._plus_or_minus(x2, False)

    __radd__ = __add__

    def __sub__(x1, x2):
        "x1 - x2, x2 a constant or another NormalDist."
        return x1._plus_or_minus(x2, True)

    def __rsub__(x1, x2):
        "x2 - x1: the negation of x1 - x2."
        return -(x1 - x2)

    def __mul__(x1, x2):
        "x1 scaled by the constant x2."
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    __rmul__ = __mul__

    def __truediv__(x1, x2):
        "x1 scaled by 1/x2, x2 a constant."
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        "An equal copy."
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        "The mirror image: mu negated, sigma kept."
        return NormalDist(-x1._mu, x1._sigma)

    # -- state, equality, hashing, repr ---------------------------------------

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state

    def __eq__(x1, x2):
        "Equal when both mu and sigma are equal."
        if isinstance(x2, NormalDist):
            return x1._mu == x2._mu and x1._sigma == x2._sigma
        return NotImplemented

    def __hash__(self):
        "Equal distributions hash alike."
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu,
                                        self._sigma)
