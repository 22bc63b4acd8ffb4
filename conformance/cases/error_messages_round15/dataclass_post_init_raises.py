from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int

    def __post_init__(self):
        if self.x < 0:
            raise ValueError(f"x must be >= 0, got {self.x}")


print(Point(1, 2))
Point(-1, 2)
