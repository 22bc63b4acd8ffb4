# Hyperbolic functions and their inverses.
import math

for x in (0, 0.5, 1, -1, 2, 10, -20, 1e-8):
    print(x, math.sinh(x), math.cosh(x), math.tanh(x))
for x in (0, 0.5, -0.5, 0.99, 1e-8):
    print(x, math.asinh(x), math.atanh(x))
for x in (1, 1.5, 2, 10, 1e10):
    print(x, math.acosh(x))
print(math.tanh(math.inf), math.tanh(-math.inf), math.asinh(math.inf), math.cosh(0))
try:
    math.acosh(0.5)
except ValueError as e:
    print("ValueError", e)
try:
    math.atanh(1)
except ValueError as e:
    print("ValueError", e)
try:
    math.cosh(1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.sinh(-1000)
except OverflowError as e:
    print("OverflowError", e)
