# Using logs to solve for time: doubling periods and half-lives.
import math

for rate in (0.01, 0.03, 0.05, 0.07, 0.1):
    exact = math.log(2) / math.log1p(rate)
    print(f"{rate:.0%}: doubles in {exact:.3f} years (rule of 72: {72 / (rate * 100):.1f}), ceil {math.ceil(exact)}")
half_life = 5730
for fraction in (0.5, 0.25, 0.1, 0.01):
    age = -half_life * math.log2(fraction)
    print(fraction, round(age, 1))
print(math.floor(math.log10(2 ** 100)) + 1, len(str(2 ** 100)))
