# fsum (exact summation) and prod.
import math

vals = [0.1] * 10
print(sum(vals), math.fsum(vals))
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(8)), math.fsum([0.1, 0.2, 0.3]))
print(math.fsum([2 ** 53, 1, 1]), math.fsum([-0.0, -0.0]), math.fsum([1e308, -1e308, 1e308]))
try:
    math.fsum([1e308, 1e308, -1e308])
except OverflowError as e:
    print("OverflowError", e)
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -1]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError", e)
try:
    math.fsum(["a"])
except TypeError as e:
    print("TypeError", e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 21)), math.prod([0.5, 4]))
print(math.prod([2, 3], start=10), math.prod([1.5, 2, 3]), math.prod([-1] * 7))
print(math.prod([2] * 100) == 2 ** 100, math.prod(x / 2 for x in range(1, 5)))
try:
    math.prod(5)
except TypeError as e:
    print("TypeError", e)
try:
    math.prod([1, "a"])
except TypeError as e:
    print("TypeError", e)
