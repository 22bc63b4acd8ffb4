import math

fact = math.factorial(170)
print(len(str(fact)), float(fact) > 1e306)
big = math.factorial(171)
print(len(str(big)))
print(big / 2)
