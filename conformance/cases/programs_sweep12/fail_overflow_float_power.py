import math


def compound(principal, rate, years):
    return principal * (1 + rate) ** years


for years in (10, 100, 1000):
    print(years, f"{compound(1000, 0.05, years):.6e}")
print(math.exp(700) > 1e300)
print(compound(1000.0, 1.5, 2000))
