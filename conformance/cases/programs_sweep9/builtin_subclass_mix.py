class Upper(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
    def __len__(self): return 99
    def __iter__(self): return iter("ITER")
    def __contains__(self, x): return True
    def __getitem__(self, i): return "G"
    def __eq__(self, o): return str.__eq__(self.lower(), str(o).lower())
    __hash__ = str.__hash__
    def __add__(self, o): return Upper(str.__add__(self, o))
u = Upper("abc")
print(u, repr(u), len(u), list(u), "z" in u, u[0], u == "ABC", u == "abc", u + "x", type(u + "x").__name__)
print(u.lower(), type(u.lower()).__name__, str(u), type(str(u)).__name__, f"{u}", "%s" % u, u.split("B"), "-".join(u), sorted(u))
print(u.strip(), type(u.strip()).__name__, u * 2, type(u * 2).__name__, u[:], type(u[:]).__name__ if False else "", {u: 1}, "ABC" in {u})
class Cnt(dict):
    def __getitem__(self, k): return super().get(k, 0)
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
    def __len__(self): return -0
    def keys(self): return ["zz"]
c = Cnt(a=1)
c["b"] = 2
c.update({"c": 3})
c.setdefault("d", 4)
print(c, c["zzz"], c.get("b"), dict(c), {**c}, len(c), list(c), bool(c), c.copy(), type(c.copy()).__name__)
class L(list):
    def __iter__(self): return iter([0])
    def __len__(self): return 1000
    def __getitem__(self, i): return "item"
l = L([1, 2, 3])
print(l, list(l), tuple(l), len(l), l[0], sum(l), sorted(l), [*l], max(l), ", ".join(map(str, l)), l + [4], l * 1, l == [1, 2, 3])
a, b, c2 = L([1, 2, 3]) if False else (1, 2, 3)
print(str(l), set(l), dict.fromkeys(l), "".join(str(x) for x in l), reversed(l).__class__.__name__, list(reversed(l)))
class T(tuple):
    def __iter__(self): return iter("T")
    def __getitem__(self, i): return "TG"
t = T((1, 2))
x, = t
print(t, x, list(t), t[0], len(t), hash(t) == hash((1, 2)), t + (3,), type(t + (3,)).__name__, t == (1, 2), print(*t))
class I(int):
    def __repr__(self): return f"I({int(self)})"
    def __str__(self): return "I-str"
    def __format__(self, spec): return "fmt:" + spec
print(I(5), repr(I(5)), [I(5)], f"{I(5):>3}", "{}".format(I(5)), "%d %s %r" % (I(5), I(5), I(5)), I(5) + 1, type(I(5) + 1).__name__, -I(5), abs(I(-2)), str(I(3)))
class F(float):
    def __repr__(self): return "F!"
print(F(1.5), [F(1.5)], F(1.5) * 2, round(F(2.5)), int(F(2.7)), f"{F(1.25):.1f}", str(F(1.5)), "%s" % F(2.0))
