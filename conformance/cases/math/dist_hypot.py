# dist and hypot in several dimensions.
import math

print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(), math.hypot(-7), math.hypot(1, 1, 1, 1), math.hypot(1e200, 1e200))
print(math.hypot(1e-200, 1e-200), math.hypot(math.inf, math.nan), math.hypot(2, 3, 6))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]), math.dist((1,), (-4,)), math.dist([], []))
print(math.dist((0.5, 0.5), (1.5, 1.5)), math.dist((1, 1), (1, 1)))
try:
    math.dist((0, 0), (1, 2, 3))
except ValueError as e:
    print("ValueError", e)
try:
    math.dist([0], 5)
except TypeError as e:
    print("TypeError", e)
try:
    math.hypot("3", 4)
except TypeError as e:
    print("TypeError", e)
cities = {"A": (0, 0), "B": (3, 4), "C": (6, 0), "D": (3, -4)}
names = sorted(cities)
for i in range(len(names)):
    for j in range(i + 1, len(names)):
        print(names[i], names[j], round(math.dist(cities[names[i]], cities[names[j]]), 4))
route = ["A", "B", "C", "D", "A"]
print("tour length", sum(math.dist(cities[a], cities[b]) for a, b in zip(route, route[1:])))
