import statistics as st
import math

data = [2.5, 3.1, 4.7, 4.7, 5.0, 6.2, 8.9, 10.0]
ints = [1, 2, 2, 3, 4, 4, 4, 5, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(ints), st.median_high([1, 2, 3, 4]))
print(st.mode(ints), st.multimode("aabbc"), st.pstdev(data), st.stdev(data), st.variance(ints), st.pvariance(ints))
print(st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([40, 60]), st.quantiles(ints, n=4), st.quantiles(data, n=10, method="inclusive"))
print(st.median_grouped([1, 2, 2, 3, 4]), st.mean([1, 2, 3]), type(st.mean([1, 2, 3])), st.mean([1.0, 2]))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.variance([Decimal("1.5"), Decimal("2.5"), Decimal("4")]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 2, 5]), st.linear_regression([1, 2, 3, 4], [3, 5, 7, 10]))
nd = st.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.975), nd.pdf(100), nd.zscore(130), nd.overlap(st.NormalDist(110, 10)))
print(nd + 5, nd * 2, st.NormalDist.from_samples([1, 2, 3, 4]), nd.quantiles(4))
for bad in ([], [1]):
    try:
        st.stdev(bad)
    except st.StatisticsError as e:
        print("StatisticsError", e)
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
try:
    st.mode([])
except st.StatisticsError as e:
    print("StatisticsError", e)
try:
    st.harmonic_mean([-1, 2])
except st.StatisticsError as e:
    print("StatisticsError", e)

print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.comb(52, 5), math.perm(10, 3), math.factorial(20), math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.isqrt(10**20 + 1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(2.675, 2))
print(math.log(1000, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.exp(1), math.expm1(1e-10))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.degrees(math.pi), math.radians(180), math.atan2(1, -1))
print(math.prod([1, 2, 3, 4]), math.prod([], start=5), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.sqrt(2), math.cbrt(27) if hasattr(math, "cbrt") else "nocbrt", math.pow(2, 0.5), 2 ** 0.5, math.tau, math.e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acosh(1), math.erf(1), math.gamma(5), math.lgamma(10))
print(1e16 + 1, 0.1 * 3, 1 / 3, 2 / 3, 1e-7, 1.5e300 * 1e10, 123456789.123456789, float("1e23"), 9007199254740993.0)
print(divmod(-7, 2), divmod(7.5, -2), pow(3, -1, 7), pow(2, 100), (-8) ** (1 / 3))
