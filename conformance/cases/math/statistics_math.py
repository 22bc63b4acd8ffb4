# Descriptive statistics with fsum, sqrt and friends.
import math

samples = [2.3, 4.1, 3.3, 5.9, 4.4, 3.8, 2.9, 5.1, 4.0, 3.6]
n = len(samples)
mean = math.fsum(samples) / n
var = math.fsum((x - mean) ** 2 for x in samples) / (n - 1)
sd = math.sqrt(var)
geo = math.exp(math.fsum(math.log(x) for x in samples) / n)
harm = n / math.fsum(1 / x for x in samples)
print(f"mean={mean:.6f} var={var:.6f} sd={sd:.6f}")
print(f"geometric={geo:.6f} harmonic={harm:.6f}")
print(mean >= geo >= harm, math.isclose(sd ** 2, var))
se = sd / math.sqrt(n)
print("95% CI", round(mean - 1.96 * se, 4), round(mean + 1.96 * se, 4))
print("z", [round((x - mean) / sd, 3) for x in samples])
print("normal cdf(1.96)", 0.5 * (1 + math.erf(1.96 / math.sqrt(2))))
