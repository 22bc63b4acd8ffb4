import math

vals = [1.0, 100.0, 1000.0]
print([math.exp(v) for v in vals[:2]])
print([math.exp(v) for v in vals])
