from statistics import NormalDist, mean, stdev, median_grouped, quantiles

widths = [9.98, 10.02, 10.01, 9.97, 10.05, 9.99, 10.00, 10.03, 9.96, 10.02, 10.04, 9.98]
d = NormalDist.from_samples(widths)
lo, hi = 9.95, 10.05
in_spec = d.cdf(hi) - d.cdf(lo)
print(f"mean={d.mean:.4f} sd={d.stdev:.4f} in spec={in_spec:.4f} defect ppm={(1 - in_spec) * 1e6:.0f}")
print(f"cpk={min(hi - d.mean, d.mean - lo) / (3 * d.stdev):.3f}")
print([round(x, 4) for x in d.quantiles(4)], round(d.zscore(10.05), 3))
std = NormalDist()
print(round(std.pdf(0), 6), round(std.inv_cdf(0.975), 4), round(std.overlap(NormalDist(1, 1)), 4))
a, b = NormalDist(100, 15), NormalDist(110, 10)
print(a + b, a * 2, round((a - b).cdf(0), 4))
print(round(median_grouped([1, 2, 2, 3, 3, 3, 4]), 4), quantiles(widths, n=5))
print(round(mean(widths), 5), round(stdev(widths), 5))
