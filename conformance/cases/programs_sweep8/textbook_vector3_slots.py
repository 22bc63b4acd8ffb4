import math
class Vector:
    __slots__ = ("x", "y", "z")
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r}, {self.z!r})"
    def __str__(self): return f"<{self.x:.2f}, {self.y:.2f}, {self.z:.2f}>"
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(self.x+o.x, self.y+o.y, self.z+o.z)
    def __sub__(self, o): return Vector(self.x-o.x, self.y-o.y, self.z-o.z)
    def __mul__(self, k):
        if isinstance(k, Vector): return self.x*k.x + self.y*k.y + self.z*k.z
        if isinstance(k, (int, float)): return Vector(self.x*k, self.y*k, self.z*k)
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        return Vector(self.y*o.z - self.z*o.y, self.z*o.x - self.x*o.z, self.x*o.y - self.y*o.x)
    def __neg__(self): return self * -1
    def __abs__(self): return math.sqrt(self * self)
    def __bool__(self): return bool(abs(self))
    def __eq__(self, o): return isinstance(o, Vector) and tuple(self) == tuple(o)
    def __hash__(self): return hash(tuple(self))
    def __iter__(self): return iter((self.x, self.y, self.z))
    def __format__(self, spec):
        if not spec: return str(self)
        return "(" + ", ".join(format(c, spec) for c in self) + ")"

a = Vector(1, 2, 3); b = Vector(4, 5, 6)
print(a + b, a - b, a * b, 2 * a, a * 2.5, a @ b, -a, abs(Vector(3, 4)))
print(repr(a + b), bool(Vector()), bool(a))
print(f"{a:8.3f}|{b}|{a!r:>30}|{a!s:<25}|")
print({a: 1, Vector(1, 2, 3): 2})
x, y, z = b; print(x, y, z)
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError", e)
try:
    a.w = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    Vector(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
print(sorted([b, a, Vector(0, 0, 1)], key=abs))
print(sum([a, b], Vector()))
