# gamma, lgamma, erf and erfc.
import math

for x in (1, 2, 3, 4, 5, 10, 0.5, 1.5, -0.5, -1.5, 0.1, 20, 171):
    print(x, math.gamma(x), math.lgamma(x))
print(math.gamma(0.5) ** 2, math.pi)
print(math.lgamma(1000), math.lgamma(1e10), math.lgamma(-2.5), math.lgamma(1), math.lgamma(2))
for x in (0, 0.5, 1, 2, 3, -1, -0.1, 0.001, 10):
    print(x, math.erf(x), math.erfc(x))
print(math.erf(math.inf), math.erfc(-math.inf), math.erfc(30))
for bad in (0, -1, -2.0, -math.inf):
    try:
        math.gamma(bad)
    except ValueError as e:
        print("ValueError gamma", bad, e)
try:
    math.gamma(172)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.lgamma(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.lgamma(-3)
except ValueError as e:
    print("ValueError", e)
