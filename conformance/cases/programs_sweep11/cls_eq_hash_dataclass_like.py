class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if type(other) is not Point:
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"P({self.x},{self.y})"


print(Point.__hash__)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError", e)


class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


s = {HPoint(1, 2), HPoint(1, 2), HPoint(2, 1)}
print(len(s))
print(Point(1, 2) == Point(1, 2), Point(1, 2) == (1, 2), Point(1, 2) != Point(1, 3))
print(HPoint(1, 2) == Point(1, 2))
d = {HPoint(0, 0): "origin"}
print(d[HPoint(0, 0)])
try:
    d[HPoint(9, 9)]
except KeyError as e:
    print("KeyError", e)


class Ordered:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"O{self.v}"


items = [Ordered(3), Ordered(1), Ordered(2)]
print(sorted(items), max(items), min(items))
print(Ordered(1) > Ordered(0))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError", e)
