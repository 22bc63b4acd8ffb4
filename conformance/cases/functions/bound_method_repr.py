# A bound method's repr shows its receiver's repr (here one without an
# address: the class defines __repr__, or the receiver is a class).
class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Point({self.x})"

    def norm(self):
        return abs(self.x)

    @classmethod
    def origin(cls):
        return cls(0)


p = Point(3)
print(repr(p.norm))
print(p.origin)
print(Point.origin)
print([p.norm, Point(-1).norm])
print(f"{p.norm!r}")
