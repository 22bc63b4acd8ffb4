# A class pattern with too many positional sub-patterns.
class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(v):
    match v:
        case Vec(0, 0):
            return "zero"
        case Vec(x, 0):
            return f"on x-axis at {x}"
        case Vec(x, y, z):
            return f"3d? {x} {y} {z}"
        case _:
            return "somewhere"


print(describe(Vec(0, 0)), describe(Vec(3, 0)))
print(describe(Vec(1, 2)))
