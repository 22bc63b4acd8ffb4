# Descriptive statistics of exam scores with statistics, bisect and Counter.
import statistics as st
from bisect import bisect_right
from collections import Counter

scores = [88, 92, 79, 93, 85, 62, 71, 100, 55, 85, 90, 78, 85, 66, 94, 81]
print(st.mean(scores), st.median(scores), st.mode(scores), st.multimode([1, 1, 2, 2, 3]))
print(round(st.pstdev(scores), 6), round(st.stdev(scores), 6), round(st.variance(scores), 6))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.quantiles(scores, n=4))
print(st.fmean([1.5, 2.5, 4.0]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
grades = "FDCBA"
cut = [60, 70, 80, 90]
letters = [grades[bisect_right(cut, s)] for s in scores]
print("".join(letters), sorted(Counter(letters).items()))
hist = Counter(s // 10 * 10 for s in scores)
for bucket in sorted(hist):
    print(f"{bucket:>3}-{bucket + 9:<3} {'*' * hist[bucket]}")
x = list(range(1, 9))
y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1]
print([round(v, 6) for v in st.linear_regression(x, y)], round(st.correlation(x, y), 6))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
nd = st.NormalDist(70, 10)
print(round(nd.cdf(85), 6), round(nd.inv_cdf(0.9), 6), nd, round(nd.overlap(st.NormalDist(75, 12)), 6))
