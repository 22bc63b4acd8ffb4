class Vec3:
    __slots__ = ("_x", "_y", "_z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        object.__setattr__(self, "_x", float(x))
        object.__setattr__(self, "_y", float(y))
        object.__setattr__(self, "_z", float(z))

    x = property(lambda self: self._x)
    y = property(lambda self: self._y)
    z = property(lambda self: self._z)

    def __setattr__(self, name, value):
        raise AttributeError(f"Vec3 is immutable; cannot set {name!r}")

    def __iter__(self):
        return iter((self._x, self._y, self._z))

    def __add__(self, o):
        return Vec3(*(a + b for a, b in zip(self, o)))

    def cross(self, o):
        ax, ay, az = self
        bx, by, bz = o
        return Vec3(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx)

    def dot(self, o):
        return sum(a * b for a, b in zip(self, o))

    def __eq__(self, o):
        return isinstance(o, Vec3) and tuple(self) == tuple(o)

    def __hash__(self):
        return hash(tuple(self))

    def __repr__(self):
        return "Vec3({:g}, {:g}, {:g})".format(*self)


i, j, k = Vec3(1), Vec3(0, 1), Vec3(0, 0, 1)
print(i.cross(j), j.cross(k), k.cross(i), i.cross(j) == k, i.dot(j), (i + j + k).dot(Vec3(1, 2, 3)))
print({i, Vec3(1, 0, 0), j}.__len__(), i.x, list(k), Vec3(1, 2, 3) + Vec3(0.5, 0.5, 0.5))
for action in [lambda: setattr(i, "x", 5), lambda: setattr(i, "_x", 5), lambda: delattr(i, "_x") or print("deleted?")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
print(i, hasattr(i, "__dict__"), Vec3.__slots__)
