import statistics as st, math
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), round(st.stdev(data), 6), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.multimode("aabbc"), st.fmean([1, 2, 4]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([2, 4]), st.quantiles(range(1, 11), n=4))
try: st.mean([])
except st.StatisticsError as e: print("StatisticsError", e)
try: st.stdev([1])
except st.StatisticsError as e: print("StatisticsError", e)
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.factorial(20), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(10**20 + 1))
print(math.prod([1, 2, 3, 4], start=2), math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.inf > 10**400, math.nan != math.nan, math.tau / 2 == math.pi)
for call in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(3, -1), lambda: math.exp(1000)]:
    try: call()
    except (ValueError, TypeError, OverflowError) as e: print(type(e).__name__, e)
