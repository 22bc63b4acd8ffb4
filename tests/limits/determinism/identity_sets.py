# Sets and dicts keyed by objects hashed by identity (user instances, types,
# bound methods): their order must not depend on addresses.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


class Tagged(Point):
    pass


garbage = []
points = []
for i in range(300):
    # Garbage of varying sizes between the objects, so addresses (and any
    # collection in between) fall differently from the order of creation.
    garbage.append([0] * (i % 17))
    if i % 7 == 0:
        garbage = []
    points.append(Tagged(i, -i) if i % 3 else Point(i, i))

s = set(points[::2])
s.update(points[1::3])
print([p.x for p in s][:60])
print(sum(p.norm() for p in s), len(s))

kinds = {int, str, list, dict, set, tuple, float, bytes, Point, Tagged, object, type,
         ValueError, KeyError, range, frozenset, bool}
print([k.__name__ for k in kinds])

methods = {p.norm for p in points[:50]}
print(len(methods))

by_obj = {p: i for i, p in enumerate(reversed(points))}
print([by_obj[p] for p in list(s)[:20]])

frozen = frozenset(points[100:140])
print([p.x for p in frozen])
print([p.x for p in s - frozen][:30])
print([p.x for p in s & frozen])
print(sorted(hash(p) % 1000 for p in points[:10]))
