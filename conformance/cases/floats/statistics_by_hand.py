# Mean, median, variance and standard deviation written by hand.
data = [2.5, 3.1, 4.7, 1.2, 9.9, 5.5, 3.3, 7.8, 6.0, 4.4]
n = len(data)
mean = sum(data) / n
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
var = sum((x - mean) ** 2 for x in data) / (n - 1)
std = var ** 0.5
print("n", n)
print("mean", mean)
print("median", median)
print("variance", var)
print("stddev", std)
print("min/max", min(data), max(data), "range", max(data) - min(data))
print("z-scores", [round((x - mean) / std, 3) for x in data])
print(f"summary: mean={mean:.3f} std={std:.3f}")
weights = [1, 2, 1, 1, 3, 1, 1, 2, 1, 1]
wmean = sum(w * x for w, x in zip(weights, data)) / sum(weights)
print("weighted", wmean)
