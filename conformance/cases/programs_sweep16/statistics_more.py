import statistics as st
from fractions import Fraction
from decimal import Decimal
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(x for x in [1.5, 2.5]), st.mean(iter([1, 2, 3, 4])))
print(st.mode(["red", "blue", "red"]), st.multimode([1, 1, 2, 2, 3]), st.multimode([]), st.median([3, 1, 2]), st.median([Fraction(1, 2), Fraction(1, 3)]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=5, method="inclusive"), st.quantiles([1, 2], n=3))
for bad in [lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.geometric_mean([1, -1]), lambda: st.correlation([1, 1], [2, 3]), lambda: st.linear_regression([1], [2]), lambda: st.fmean([])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print("StatisticsError", e)
    except ValueError as e:
        print("ValueError", e)
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([Fraction(1), Fraction(2), Fraction(4)]), st.variance([Decimal("1.1"), Decimal("2.2"), Decimal("3.3")]))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3, 4], mu=2), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.median_grouped([52, 52, 53, 54], interval=2), st.median_grouped([1, 3, 3, 5, 7], 1), st.harmonic_mean([2.5, 3, 10], weights=[1, 2, 3]))
lr = st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])
print(lr, lr.slope, lr.intercept, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
n = st.NormalDist(0, 1)
print([round(n.cdf(x), 6) for x in (-2, -1, 0, 1, 2)], n.inv_cdf(0.5), round(n.inv_cdf(0.9), 10), n.mean, n.stdev, n.variance, n.median, n.mode)
print(repr(n), n == st.NormalDist(), n - 1, 2 * n, n / 2, st.NormalDist(5, 2).samples(0), st.NormalDist.from_samples([2.0, 4.0, 6.0]))
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("StatisticsError", e)
try:
    n.inv_cdf(1.5)
except st.StatisticsError as e:
    print("StatisticsError", e)
print(st.mean([True, False, True]), st.mean([1, 2.5]), st.mean([Fraction(1, 2), 1]), type(st.median([1, 2])).__name__, st.median([1, 3]))
grades = {"ann": [88, 92, 79], "bob": [75, 85, 90], "cy": [95, 91, 99]}
for name, g in sorted(grades.items(), key=lambda kv: -st.mean(kv[1])):
    print(f"{name:<4} mean={st.mean(g):6.2f} sd={st.stdev(g):5.2f} med={st.median(g)}")
print(st.NormalDist(100, 15).overlap(st.NormalDist(100, 15)), round(st.NormalDist(1, 2).pdf(0.5), 12))
