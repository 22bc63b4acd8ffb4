from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
path = [Point(0, 0), Point(3, 4), Point(6, 8)]
dist = sum(((b.x - a.x) ** 2 + (b.y - a.y) ** 2) ** 0.5 for a, b in zip(path, path[1:]))
print(path, dist)
shifted = [p._replace(x=p.x + 1) for p in path]
print(shifted)
path[0].x = 10
