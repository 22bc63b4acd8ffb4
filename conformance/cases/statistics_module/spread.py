# Variances and standard deviations: exact sums, result types and rounding.
from fractions import Fraction as F
from statistics import pvariance, variance, pstdev, stdev, mean

samples = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1, 2, 3, 4, 5],
    [1, 2, 3, 4],
    [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
    [F(1, 6), F(1, 2), F(5, 3)],
    [F(1, 4), F(5, 4), F(1, 2)],
    [1, 1.5, F(1, 2)],
    [7, 7, 7],
    [10**18 + 1, 10**18 + 3, 10**18 + 8],
    [1e100, 1e100 + 1e85, 1e100 - 1e85],
    [0.1, 0.2, 0.3, 0.4],
    [True, False, False],
]
for data in samples:
    v, pv = variance(data), pvariance(data)
    print(repr(v), type(v).__name__, repr(pv), type(pv).__name__, repr(stdev(data)), repr(pstdev(data)))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = mean(data)
print(variance(data, m), pvariance(data, m), stdev(data, m), pstdev(data, m))
print(variance(data, 1), pvariance([1, 2, 3], 2), repr(pvariance([1, 2, 3], F(1, 2))), stdev([1, 2], 0))
print(variance(iter([1, 2, 3, 4])), pvariance(x / 4 for x in range(9)), pstdev(range(10)), stdev(range(1, 8)))
print(pvariance([5]), pstdev([5.5]), repr(pvariance([F(1, 3)])))
print(variance([1.0, float('inf')]), pvariance([float('nan'), 1.0]), variance([1.5, float('-inf')], 2))
for f in (stdev, pstdev):
    try:
        print(f([1, float('inf')]))
    except AttributeError as e:  # CPython 3.11 has no special case here
        print('AttributeError', e)
for n in range(2, 12):
    print(n, stdev(range(n)), pstdev([x * 0.1 for x in range(n)]), variance([x ** 0.5 for x in range(n)]))
