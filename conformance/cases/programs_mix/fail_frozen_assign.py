from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def moved(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


p = Point(1, 2)
print(p.moved(3, 4), p)
print({p: "origin-ish"}[Point(1.0, 2.0)])
print(p.scale(2))
