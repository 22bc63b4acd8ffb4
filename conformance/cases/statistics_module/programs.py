# Realistic uses: a grade report, a sensor summary and outlier detection.
import statistics as st
from fractions import Fraction

grades = {'ana': [88, 92, 79, 93], 'ben': [72, 65, 80, 70], 'cy': [95, 98, 91, 100], 'dee': [60, 75, 70, 85]}
for name, g in sorted(grades.items()):
    print(f'{name:>4}: mean={st.mean(g):6.2f} median={st.median(g):5.1f} stdev={st.stdev(g):.3f} '
          f'range={max(g) - min(g)}')
allg = [x for g in grades.values() for x in g]
print('overall', st.mean(allg), st.median(allg), st.mode(allg), st.pstdev(allg), st.quantiles(allg, n=4))

readings = [20.1, 20.4, 19.8, 35.0, 20.0, 20.2, 19.9, 20.3, 5.0, 20.1]
mu, sd = st.mean(readings), st.stdev(readings)
print(round(mu, 4), round(sd, 4), [r for r in readings if abs(r - mu) > 1.5 * sd])
q1, q2, q3 = st.quantiles(readings, n=4)
iqr = q3 - q1
print(q1, q2, q3, [r for r in readings if r < q1 - 1.5 * iqr or r > q3 + 1.5 * iqr])
print(st.median(readings), st.median_low(readings), st.median_high(readings))

rolls = [1, 3, 4, 6, 6, 2, 5, 6, 1, 3, 3, 6]
print(st.mode(rolls), st.multimode(rolls), st.mean(rolls), st.variance(rolls), st.pvariance(rolls))
exact = [Fraction(1, 3), Fraction(1, 6), Fraction(1, 2), Fraction(2, 3)]
print(st.mean(exact), st.variance(exact), st.pvariance(exact), st.median(exact), st.stdev(exact))

speeds = [60, 40]
print(st.harmonic_mean(speeds), st.mean(speeds), st.geometric_mean(speeds))
growth = [1.10, 1.05, 0.97, 1.12]
print(round(st.geometric_mean(growth) - 1, 6))

heights = [160, 165, 170, 175, 180, 185]
weights = [55, 61, 64, 70, 77, 80]
print(st.correlation(heights, weights), st.covariance(heights, weights))
fit = st.linear_regression(heights, weights)
print(fit, [round(fit.slope * h + fit.intercept, 2) for h in (150, 190)])
iq = st.NormalDist(100, 15)
print(f'{iq.cdf(130) - iq.cdf(70):.4f}', round(iq.inv_cdf(0.98), 2), iq.zscore(145))
pop = st.NormalDist.from_samples(heights)
print(pop, pop.overlap(st.NormalDist(172, 10)))
