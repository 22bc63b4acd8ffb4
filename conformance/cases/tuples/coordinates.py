# 2-D geometry with tuples.
def add(p, q):
    return (p[0] + q[0], p[1] + q[1])


def manhattan(p, q):
    return abs(p[0] - q[0]) + abs(p[1] - q[1])


def area(poly):
    s = 0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


moves = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}
pos = (0, 0)
visited = [pos]
for step in "NNEESWWWSS":
    pos = add(pos, moves[step])
    visited.append(pos)
print(pos, manhattan((0, 0), pos), len(visited), len(set(visited)))
print(visited)
print(area([(0, 0), (4, 0), (4, 3), (0, 3)]), area([(0, 0), (5, 0), (0, 5)]))
print(sorted(set(visited), key=lambda p: (p[1], p[0])))
