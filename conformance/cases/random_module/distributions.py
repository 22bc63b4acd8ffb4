# The float distributions, with repr precision, on a seeded generator.
import random

random.seed(10)
print([random.random() for _ in range(5)])
print([random.uniform(-5, 5) for _ in range(3)], random.uniform(2, 2))
print([random.triangular() for _ in range(3)])
print([random.triangular(0, 10, 2) for _ in range(3)], random.triangular(3, 3, 3))
print([random.gauss() for _ in range(5)])
print([random.gauss(100, 15) for _ in range(3)])
print([random.normalvariate() for _ in range(3)], random.normalvariate(5, 2))
print([random.lognormvariate(0, 1) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)], random.expovariate(-2))
print([random.vonmisesvariate(1.0, 4.0) for _ in range(3)], random.vonmisesvariate(0.5, 0))
for alpha in (0.3, 1.0, 2.5, 50.0):
    print("gamma", alpha, [random.gammavariate(alpha, 2.0) for _ in range(3)])
print([random.betavariate(2, 5) for _ in range(3)], random.betavariate(0.5, 0.5))
print([random.paretovariate(3) for _ in range(3)])
print([random.weibullvariate(1, 1.5) for _ in range(3)])

random.seed(10)
total = sum(random.gauss(0, 1) for _ in range(1000))
print(round(total, 6))
