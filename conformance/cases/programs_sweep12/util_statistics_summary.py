import statistics as st
from fractions import Fraction
from decimal import Decimal

latencies = [12.1, 15.3, 11.8, 14.2, 99.5, 13.0, 12.7, 16.4, 13.9, 12.2]
print("mean", round(st.mean(latencies), 3), "fmean", round(st.fmean(latencies), 3))
print("median", st.median(latencies), "low", st.median_low(latencies), "high", st.median_high(latencies))
print("grouped", st.median_grouped([1, 2, 2, 3, 4, 4, 4, 5]))
print("stdev", round(st.stdev(latencies), 4), "pstdev", round(st.pstdev(latencies), 4))
print("variance", round(st.variance(latencies), 4), "pvariance", round(st.pvariance(latencies), 4))
print("quantiles", [round(q, 3) for q in st.quantiles(latencies, n=4)])
print("deciles", [round(q, 2) for q in st.quantiles(latencies, n=10, method="inclusive")])
print("mode", st.mode("abracadabra"), st.multimode("aabbcd"), st.multimode([]))
print("geo", round(st.geometric_mean([1, 2, 4, 8]), 6), "harm", st.harmonic_mean([40, 60]))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.median([Decimal("1.5"), Decimal("2.5"), Decimal("9")]))
print(st.mean([1, 2, 3, 4]), type(st.mean([1, 2])).__name__, st.variance([Fraction(1), Fraction(2), Fraction(4)]))
x = [1, 2, 3, 4, 5]
y = [2.1, 3.9, 6.2, 7.8, 10.1]
print(round(st.correlation(x, y), 6), round(st.covariance(x, y), 6))
slope, intercept = st.linear_regression(x, y)
print(round(slope, 6), round(intercept, 6))
d = st.NormalDist(100, 15)
print(round(d.cdf(130), 6), round(d.inv_cdf(0.975), 4), d.mean, d.stdev, round(d.pdf(100), 6))
print(round(d.overlap(st.NormalDist(110, 15)), 6), [round(v, 3) for v in d.quantiles(4)])
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]), d + 10, d * 2)
for bad in ([], [1]):
    try:
        st.stdev(bad)
    except st.StatisticsError as e:
        print("StatisticsError:", e)
