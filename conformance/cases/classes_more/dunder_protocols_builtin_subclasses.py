# Old-style iteration, __len__/__bool__/__index__ checks, numeric dunders, int/float/str/list subclasses, bool arithmetic.
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
print(list(Seq(4)), 9 in Seq(4), 5 in Seq(4), sorted(Seq(3), reverse=True), list(reversed([*Seq(3)])))
class Sized:
    def __len__(self): return 3
    def __bool__(self): return False
print(len(Sized()), bool(Sized()), "yes" if Sized() else "no")
class BadLen:
    def __len__(self): return -1
class BadLen2:
    def __len__(self): return "3"
class BadBool:
    def __bool__(self): return 1
for obj, fn in [(BadLen(), len), (BadLen2(), len), (BadBool(), bool)]:
    try:
        fn(obj)
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx():], bin(Idx()), hex(Idx()), range(10)[Idx()], (1, 2, 3, 4)[:Idx()], [0] * Idx())
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): print("  radd", o); return self + o
    def __iadd__(self, o): print("  iadd"); self.v += o; return self
    def __round__(self, nd=None): return round(self.v, nd)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return 111
    def __ceil__(self): return 222
    def __abs__(self): return abs(self.v)
    def __neg__(self): return Num(-self.v)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
import math
n = Num(2.567)
print(n + 1, 1 + n, sum([Num(1), Num(2)], Num(0)), sum([Num(1), Num(2)]), round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n), abs(Num(-3)), -n)
n += 5; print(n, sorted([Num(3), Num(1), Num(2)]), max(Num(1), Num(5)))
class Sub(int):
    def __repr__(self): return f"Sub({int(self)})"
    def __add__(self, o): return Sub(int(self) + int(o))
s = Sub(5)
print(s, s + 1, 1 + s, type(1 + s).__name__, s * 2, type(s * 2).__name__, str(s), f"{s}", f"{s:03d}", s == 5, hash(s) == hash(5), isinstance(s, int))
class F(float):
    pass
print(F(1.5), repr(F(2.0)), F(1.5) + 1, type(F(1.5) + 1).__name__, F("inf"), round(F(2.5)), F(3).is_integer())
class S(str):
    def shout(self): return self.upper() + "!"
x = S("hey"); print(x.shout(), x + "you", type(x + "you").__name__, type(x.upper()).__name__, x[0], type(x[0]).__name__, repr(x), x == "hey", {x: 1}["hey"])
class L(list):
    def __repr__(self): return "L" + super().__repr__()
l = L([3, 1, 2]); l.sort(); print(l, l + [4], type(l + [4]).__name__, l[:2], type(l[:2]).__name__, L() == [], len(l))
print(True + True, True * 3, -True, True / 2, True // 2, True & False, True | 2, ~True, hash(True) == hash(1), {1: "a", True: "b"}, 1 == True, True is (1 == 1))
print(divmod(True, 2), int(True), float(False), str(True), repr(False), bool("False"), bool([]), bool(0j), bool(float("nan")), isinstance(True, int), True.__class__.__name__)
for bad in [lambda: [] < (), lambda: sorted([1, "a"]), lambda: max([]), lambda: min(1), lambda: 1 + "a", lambda: "a" * 2.0, lambda: [1] * Num(1), lambda: None < None]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
