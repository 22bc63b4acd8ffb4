# Means, medians, modes and quantiles, with CPython's result types.
from fractions import Fraction as F
from statistics import (mean, fmean, geometric_mean, harmonic_mean, median, median_low,
                        median_high, median_grouped, mode, multimode, quantiles)

for data in [[1, 2, 3, 4], [1, 2, 3], [1, 2, 3, 4, 4], [2.5, 3.25, 5.5, 11.25, 11.75],
             [F(3, 7), F(1, 21), F(5, 3), F(1, 3)], [1, 2.5], [F(1, 2), 0.25], [F(1, 2), 3],
             [True, False, True], [0.1] * 10, [1e308, 1e308, -1e308], [-1, -2, -4],
             [10**20 + 1, 10**20 + 2], [float('inf'), 1.0], [0.5]]:
    m = mean(data)
    print(data if len(data) < 8 else len(data), repr(m), type(m).__name__)
print(mean(iter([1, 2, 3, 4, 5])), mean(x * x for x in range(10)), mean(range(1, 101)))
print(mean({1: 'a', 3: 'b'}), mean((1.5, 2.5)), repr(mean([F(1), F(2)])))

print(fmean([3.5, 4.0, 5.25]), fmean([1, 2, 3, 4]), fmean(iter([1, 2])), fmean(x for x in [7]))
print(fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), fmean([1, 2], weights=iter([3, 1])))
print(fmean([F(1, 3), F(2, 3)]), fmean([0.1] * 10))

print(geometric_mean([54, 24, 36]), geometric_mean([1.5, 2.5]), geometric_mean(iter([4, 9])))
print(harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([40, 60], weights=[5, 30]))
print(repr(harmonic_mean([F(1, 2), F(1, 3)])), harmonic_mean([1, 0, 2]), harmonic_mean([7]), harmonic_mean([2.5]))
print(repr(harmonic_mean([1, 2, 4])), repr(harmonic_mean([3, 6])), harmonic_mean(iter([1, 4])))

for data in [[1, 3, 5], [1, 3, 5, 7], [5, 1, 3, 7, 2, 8], [2.5, 1.5], [F(1, 2), F(1, 3)], ['b', 'a', 'c', 'd'][:3], [4]]:
    print(data, median(data), median_low(data), median_high(data))
print(median([1, 2]), median([1, 4]), type(median([1, 3])).__name__, median(range(10)))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=1),
      median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(median_grouped([25, 35, 35, 45], interval=10), median_grouped(['1', '3'], '2'), median_grouped([F(5, 2)]))

print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']))
print(mode(['red', 'red', 'green', 'blue', 'blue']), mode('aabbbc'), mode([1.5, 2, 1.5]), mode(iter([3])))
print(multimode('aabbbbccddddeeffffgg'), multimode([]), multimode([1, 2, 3]), multimode(iter('abab')))

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in quantiles(data, n=10)])
print(quantiles(data), quantiles(data, method='inclusive'), quantiles(data, n=1))
print(quantiles([1, 2]), quantiles([1, 2], n=3), quantiles([1, 5], n=5, method='inclusive'))
print(quantiles([1.5, 2.5, 10.0], n=6), quantiles([F(1, 2), F(1, 3), F(2)], n=3))
print(quantiles(range(10), n=4), quantiles([4, 1, 3, 2], n=2, method='inclusive'))
