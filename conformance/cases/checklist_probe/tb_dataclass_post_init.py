from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.x < 0:
            raise ValueError(f"x must be >= 0, got {self.x}")

print(Point(1, 2))
try:
    Point(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, [], 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, z=3)
except TypeError as e:
    print(type(e).__name__, e)
Point(-5, 1)
