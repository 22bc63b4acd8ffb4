import math
import statistics

values = [3, 1, 4, 1, 5, 9, 2, 6]
print(math.floor(statistics.mean(values)), statistics.median(values))
print(math.sqrt(sum(v * v for v in values)))
print(statistics.stdev(values))
print(math.squareroot(16))
