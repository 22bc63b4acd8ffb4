class MyInt(int):
    def __str__(self): return f"MyInt<{int(self)}>"
    def __repr__(self): return f"MyInt({int(self)})"
m = MyInt(5)
print(m, str(m), repr(m), f"{m}", f"{m:d}", f"{m:>4}", format(m, ""), "%s %d %r" % (m, m, m), [m], "{}".format(m))
print(m + 1, type(m + 1).__name__, -m, type(-m).__name__, abs(MyInt(-3)), type(abs(MyInt(-3))).__name__, +m, type(+m).__name__)
print(int(m), type(int(m)).__name__, float(m), hash(m) == hash(5), m == 5, {m: 1}[5])
class MyStr(str):
    def __str__(self): return "MyStr!"
    def __repr__(self): return "MyStr(...)"
s = MyStr("abc")
print(s, str(s), f"{s}", f"{s!s}", f"{s:>5}", format(s, ""), "%s" % s, [s], s.upper(), type(s.upper()).__name__, s + "x", type(s[0:2]).__name__)
print("x".join([s, s]), len(s), s == "abc", s in {"abc": 1}, type(str(s)).__name__)
class MyFloat(float):
    def __repr__(self): return "MF"
f = MyFloat(1.5)
print(f, str(f), f"{f}", [f], f"{f:.2f}", round(f), type(round(f, 1)).__name__, f * 2)
class MyList(list):
    def __repr__(self): return "ML" + super().__repr__()
l = MyList([1, 2])
print(l, str(l), [l], l + [3], type(l + [3]).__name__, type(l[:1]).__name__, type(l * 2).__name__, l == [1, 2])
l2 = l; l2 += [9]; print(l, type(l2).__name__)
class MyDict(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 10
d = MyDict(a=1)
print(d["a"], d.get("a"), dict(d), list(d.items()), "{a}".format_map(d), {**d}, d | {}, type(d | {}).__name__, type(d.copy()).__name__)
class MyTuple(tuple):
    def __new__(cls, *args): return super().__new__(cls, args)
t = MyTuple(1, 2)
print(t, type(t[0:1]).__name__, t + (3,), type(t + (3,)).__name__, len(t))
class MyBool:
    pass
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError", e)
class MySet(set):
    pass
ms = MySet([1, 2])
print(ms, type(ms | {3}).__name__, type(ms.copy()).__name__, ms == {1, 2}, repr(MySet()))
class MyFS(frozenset): pass
print(MyFS([1]), repr(MyFS()), type(MyFS([1]) | {2}).__name__)
class E(Exception):
    def __repr__(self): return "E-repr"
print(repr(E(1)), str(E(1)), [E(1)])
class MyBytes(bytes):
    pass
mb = MyBytes(b"ab")
print(mb, repr(mb), type(mb[0:1]).__name__, mb.upper(), type(mb.upper()).__name__, mb + b"c")
class MyRange:
    pass
try:
    class R(range): pass
except TypeError as e:
    print("TypeError", e)
class Sub(int):
    pass
print(Sub(3) == 3, isinstance(Sub(3), int), Sub("12"), Sub("ff", 16), Sub(), repr(Sub(7)))
class Temp(float):
    def __new__(cls, v, unit="C"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __repr__(self): return f"{float(self)}°{self.unit}"
print(Temp(21.5), Temp(70, "F"), Temp(1) + 1, sorted([Temp(3), Temp(1)]))
