class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __len__(self): return len(self.rows)
    def __iter__(self): return iter(self.rows)
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __repr__(self): return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(m @ i, m @ i == m, m[1, 0])
m[0, 0] = 9
print(m, len(m), list(m))
m @= i
print(m)
try: m[0]
except TypeError as e: print(e)
try: hash(m)
except TypeError as e: print(e)
class Vec:
    def __init__(self, *c): self.c = c
    def __getitem__(self, i):
        if isinstance(i, slice): return Vec(*self.c[i])
        return self.c[i]
    def __repr__(self): return f"Vec{self.c}"
    def __len__(self): return len(self.c)
    def __neg__(self): return Vec(*(-x for x in self.c))
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __bool__(self): return any(self.c)
    def __mul__(self, k):
        if not isinstance(k, (int, float)): return NotImplemented
        return Vec(*(x * k for x in self.c))
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(*(x / k for x in self.c))
    def __floordiv__(self, k): return Vec(*(x // k for x in self.c))
    def __mod__(self, k): return Vec(*(x % k for x in self.c))
    def __pow__(self, k, mod=None): return Vec(*(pow(x, k, mod) for x in self.c))
    def __rpow__(self, b): return Vec(*(b ** x for x in self.c))
    def __lshift__(self, n): return Vec(*(self.c[n:] + self.c[:n]))
    def __and__(self, o): return Vec(*(a & b for a, b in zip(self.c, o.c)))
    def __or__(self, o): return Vec(*(a | b for a, b in zip(self.c, o.c)))
    def __xor__(self, o): return Vec(*(a ^ b for a, b in zip(self.c, o.c)))
    def __invert__(self): return Vec(*(~a for a in self.c))
    def __round__(self, n=0): return Vec(*(round(a, n) for a in self.c))
v = Vec(3, 4)
print(v[0], v[::-1], v[1:], -v, abs(v), bool(v), bool(Vec(0, 0)), v * 2, 2 * v, v / 2, v // 2, v % 3)
print(v ** 2, pow(v, 2, 5), 2 ** v, v << 1, v & Vec(1, 1), v | Vec(1, 1), v ^ Vec(1, 1), ~v, round(Vec(1.26, 2.5), 1))
try: v * "a"
except TypeError as e: print(e)
try: "a" * v
except TypeError as e: print(e)
try: v * v
except TypeError as e: print(e)
print(3 * Vec(1) if True else None, [1] * 2, 2 * [1])
x = Vec(1, 2)
x *= 3
print(x)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o): return "plain add"
a = Acc(); b = a
a += 1
a += 2
print(a.items, a is b, a + 1)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n = NoIadd(1); n0 = n
n += 5
print(n.v, n is n0)
class IaddNI:
    def __iadd__(self, o): return NotImplemented
    def __radd__(self, o): return "radd"
try:
    q = IaddNI(); q += 1
except TypeError as e: print(e)
q = 1; q += IaddNI(); print(q)
lst = [1]; t = (lst,)
try: t[0] += [2]
except TypeError as e: print(e)
print(t)
