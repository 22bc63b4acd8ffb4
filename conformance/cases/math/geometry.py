# Geometry helpers built on the math module.
import math


def circle(r):
    return math.pi * r * r, 2 * math.pi * r


def heron(a, b, c):
    s = (a + b + c) / 2
    return math.sqrt(s * (s - a) * (s - b) * (s - c))


def polygon_area(n, side):
    return n * side * side / (4 * math.tan(math.pi / n))


def angle_between(u, v):
    dot = sum(a * b for a, b in zip(u, v))
    return math.degrees(math.acos(dot / (math.hypot(*u) * math.hypot(*v))))


for r in (1, 2.5, 10):
    area, circ = circle(r)
    print(f"r={r}: area={area:.4f} circumference={circ:.4f}")
print(heron(3, 4, 5), heron(5, 5, 5), round(heron(7, 8, 9), 6))
print([round(polygon_area(n, 1), 6) for n in range(3, 9)])
print(angle_between((1, 0), (0, 1)), angle_between((1, 1), (1, 0)), round(angle_between((1, 2, 3), (4, 5, 6)), 6))
try:
    heron(1, 2, 10)
except ValueError as e:
    print("ValueError", e)
