class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __pos__(self):
        return self

    def __invert__(self):
        return Vec(self.y, self.x)


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, abs(b), a @ b)
print(b / 2, b // 2, b % 2, a ** 2, +a, ~a)
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
try:
    "x" * a
except TypeError as e:
    print("TypeError", e)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
c = a
c += b
print(c, a)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __repr__(self):
        return f"Acc({self.items})"


acc = Acc()
acc += 1
acc += 2
print(acc)


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __radd__(self, other):
        return Bits(self.v + other)


x, y = Bits(12), Bits(10)
print((x & y).v, (x | y).v, (x ^ y).v, (x << 2).v, (x >> 2).v, (5 + x).v)
print(sum([Bits(1), Bits(2)], 0).v if False else (0 + Bits(3)).v)
