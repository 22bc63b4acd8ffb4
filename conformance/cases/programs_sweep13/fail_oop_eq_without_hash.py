class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Coord({self.x}, {self.y})"


a, b = Coord(1, 2), Coord(1, 2)
print(a == b, a is b, [a].count(b))
visited = set()
visited.add(a)
