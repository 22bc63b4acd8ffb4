class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2).moved(3, 4)
print(p, hasattr(p, "__dict__"))
p.x += 10
print(p)
p.z = 5
