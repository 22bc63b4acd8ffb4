# moat policy: no entropy source, so an unseeded generator, seed(None) and
# Random() all start from the fixed seed 0 and every run gives the same numbers.
import random

first = random.random()
random.seed(0)
print(first == random.random())
random.seed()
a = random.random()
random.seed(None)
b = random.random()
print(a == b == first, random.Random().random() == first)
print(first)
