def normalize(point):
    x, y = point
    length = (x * x + y * y) ** 0.5
    return (x / length, y / length)


points = [(3, 4), (1, 0), (0, 2)]
unit = [normalize(p) for p in points]
print(unit)
for i, p in enumerate(points):
    if p[0] == 0:
        points[i][0] = 1e-9
