class Config:
    name: str = "default"
    retries: int = 3
    ratio: float
    tags: list = []


print(Config.name, Config.retries, hasattr(Config, "ratio"))
print(Config.__annotations__)

x: int = 5
y: str
print(x, __annotations__)


def f(a: int, b: "str" = "x") -> bool:
    return True


print(f(1), f.__annotations__)


class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


print(Point(1, 2).x, Point.__annotations__)
