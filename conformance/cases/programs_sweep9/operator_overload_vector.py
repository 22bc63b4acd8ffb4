import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec): return self.x * k.x + self.y * k.y
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __matmul__(self, o): return self.x * o.y - self.y * o.x
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    def __round__(self, n=None): return Vec(round(self.x, n), round(self.y, n))
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 2, 3 * a, a * b, a / 2, -a, +a, abs(b), bool(Vec()), a @ b)
print(a == Vec(1, 2), a != b, {a, Vec(1, 2)}, list(a), a[1], a[-1], tuple(b), round(Vec(1.26, 2.5), 1))
c = a
c += b
print(c, a, c is a, f"{b:.2f}", format(a, ">3"))
x, y = b
print(x, y, dict(zip("xy", b)), max(a))
for bad in [lambda: a + 1, lambda: a * "s", lambda: 1 - a, lambda: a < b]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    a.z = 1
except AttributeError as e:
    print(e)
try:
    a[2]
except IndexError as e:
    print(e)
