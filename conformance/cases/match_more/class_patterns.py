class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Plain:
    def __init__(self):
        self.a = 1
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point3(x, y, z=z) if z > 0:
            return f"above {x},{y},{z}"
        case Point(x, y):
            return f"at {x},{y}"
        case Plain(a=1):
            return "plain with a=1"
        case Plain():
            return "plain"
        case _:
            return "?"
for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(5, 0), Point3(1, 2, 3), Point3(1, 2, -3), Point(1, 2), Plain(), 5]:
    print(where(p))
pl = Plain()
pl.a = 2
print(where(pl))
match Point(1, 2):
    case Point(missing=3):
        print("no")
    case Point(y=2, x=1):
        print("keywords in any order")
match Point(1, 2):
    case object(x=1):
        print("object() with keyword")
