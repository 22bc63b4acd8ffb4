import math

pts = [(0, 0), (4, 0), (4, 3), (0, 3)]


def polygon_area(p):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(p, p[1:] + p[:1]))) / 2


def perimeter(p):
    return sum(math.dist(a, b) for a, b in zip(p, p[1:] + p[:1]))


def angle(a, b, c):
    v1 = (a[0] - b[0], a[1] - b[1])
    v2 = (c[0] - b[0], c[1] - b[1])
    cos = (v1[0] * v2[0] + v1[1] * v2[1]) / (math.hypot(*v1) * math.hypot(*v2))
    return math.degrees(math.acos(max(-1, min(1, cos))))


print(polygon_area(pts), perimeter(pts), angle(pts[1], pts[0], pts[2]))
print(round(math.atan2(1, 1), 6), math.degrees(math.atan2(-1, -1)), math.radians(180) == math.pi)
for n in (3, 4, 6, 12, 100):
    r = 1
    poly = [(math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k in range(n)]
    print(n, round(polygon_area(poly), 6), round(perimeter(poly), 6))
print(math.isclose(polygon_area([(math.cos(t / 1000 * math.tau), math.sin(t / 1000 * math.tau)) for t in range(1000)]), math.pi, rel_tol=1e-4))
print(math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2), math.floor(-0.5), math.ceil(0.5), round(-0.5))
