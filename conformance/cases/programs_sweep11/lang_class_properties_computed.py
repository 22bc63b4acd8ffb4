class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, v):
        if v <= 0:
            raise ValueError(f"width must be positive, got {v}")
        self._w = v

    @property
    def h(self):
        return self._h

    @h.setter
    def h(self, v):
        if v <= 0:
            raise ValueError(f"height must be positive, got {v}")
        self._h = v

    area = property(lambda self: self.w * self.h, doc="the area")

    @property
    def aspect(self):
        from fractions import Fraction
        return Fraction(self.w, self.h)


r = Rectangle(4, 6)
print(r.area, r.aspect, Rectangle.area.__doc__)
r.w = 9
print(r.area, r.aspect)
for attr, v in [("w", 0), ("h", -2)]:
    try:
        setattr(r, attr, v)
    except ValueError as e:
        print("ValueError", e)
try:
    r.area = 5
except AttributeError as e:
    print("AttributeError", e)
print(sorted(k for k in Rectangle.__dict__ if not k.startswith("__")), r.__dict__)
