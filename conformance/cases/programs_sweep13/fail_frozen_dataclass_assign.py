from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)


p = Point(1, 2)
q = p.moved(3, 4)
print(p, q, hash(p) == hash(Point(1, 2)))
q.x = 10
