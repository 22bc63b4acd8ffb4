import statistics as st

grades = {
    "ana": [88, 92, 79, 95, 85],
    "ben": [72, 65, 80, 70, 68],
    "cai": [90, 90, 91, 89, 90],
    "dee": [55, 98, 61, 99, 77],
}
all_scores = [g for gs in grades.values() for g in gs]
print("mean", st.mean(all_scores), "median", st.median(all_scores), "mode", st.mode(all_scores))
print("stdev %.4f pstdev %.4f" % (st.stdev(all_scores), st.pstdev(all_scores)))
print("quartiles", st.quantiles(all_scores, n=4))
print("deciles", st.quantiles(all_scores, n=10, method="inclusive"))
for name, gs in grades.items():
    print(f"{name}: mean={st.fmean(gs):6.2f} var={st.variance(gs):8.2f} "
          f"median_low={st.median_low(gs)} median_high={st.median_high(gs)}")
dist = st.NormalDist.from_samples(all_scores)
print(round(dist.mean, 3), round(dist.stdev, 3))
print("P(score < 70) = %.4f" % dist.cdf(70))
print("90th percentile = %.2f" % dist.inv_cdf(0.9))
print(round(st.correlation(grades["ana"], grades["cai"]), 4))
print(st.linear_regression([1, 2, 3, 4, 5], grades["ben"]))
print(st.multimode("aabbbcccd"), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
