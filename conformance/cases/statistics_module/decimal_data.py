# Decimal data keeps its type: means, medians and variances are Decimals,
# the standard deviations correctly rounded Decimal square roots.
from decimal import Decimal, localcontext
import statistics

data = [Decimal('1.5'), Decimal('2.25'), Decimal('3.125'), Decimal('0.5')]
print(statistics.mean(data), statistics.median(data), statistics.median_low(data))
print(statistics.variance(data), statistics.pvariance(data))
print(statistics.stdev(data), statistics.pstdev(data))
print(statistics.mean([Decimal('4.9712')] * 2), statistics.harmonic_mean([Decimal('4.125')]))
print(statistics.harmonic_mean([Decimal('1'), Decimal('4')]))
print(statistics.mean([Decimal(1), 2, True]), statistics.fmean(data))
print(statistics.stdev([Decimal(2), Decimal(2)]), statistics.pstdev([Decimal('0.1')]))
with localcontext() as ctx:
    ctx.prec = 5
    print(statistics.stdev([Decimal(1), Decimal(2), Decimal(4)]))
    print(statistics.mean([Decimal(1), Decimal(2), Decimal(2)]))
for n in range(2, 9):
    values = [Decimal(i) / Decimal(n) for i in range(1, n + 2)]
    print(n, statistics.stdev(values), statistics.pvariance(values))
try:
    statistics.harmonic_mean([Decimal(-1)])
except statistics.StatisticsError as e:
    print('StatisticsError', e)
