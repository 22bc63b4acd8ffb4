import statistics as st
import math

scores = [88, 92, 79, 93, 85, 92, 70]
print(st.mean(scores), st.median(scores), st.mode(scores), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(round(st.stdev(scores), 4), round(st.pstdev(scores), 4), round(st.variance(scores), 4), st.multimode("aabbc"))
print(st.fmean([1, 2, 3.5]), st.geometric_mean([1, 4]), st.harmonic_mean([1, 2]), st.quantiles(range(1, 10), n=4))
print(math.gcd(12, 18, 24), math.lcm(4, 6), math.isqrt(50), math.comb(5, 2), math.perm(5, 2), math.factorial(10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(2, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.prod([1, 2, 3, 4]))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), round(math.sin(math.pi / 6), 6), math.degrees(math.pi))
print(math.dist((0, 0), (3, 4)), math.hypot(1, 1, 1) ** 2, math.inf > 10**300, math.isnan(math.nan), math.modf(2.5))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: math.sqrt(-1), lambda: math.log(0),
            lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: st.mode([])]:
    try:
        bad()
    except (st.StatisticsError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
