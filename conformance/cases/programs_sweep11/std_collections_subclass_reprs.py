from collections import Counter, OrderedDict, defaultdict, namedtuple, deque, UserDict, UserList, UserString
class MyCounter(Counter): pass
class MyOD(OrderedDict): pass
class MyDD(defaultdict): pass
class MyDeque(deque): pass
print(MyCounter("aab"), MyOD(a=1), MyDD(int, {"a": 1}), MyDeque([1, 2]), repr(MyDeque([1], maxlen=3)))
class Pt(namedtuple("Pt", "x y")):
    __slots__ = ()
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self): return f"<{self.x},{self.y}>"
p = Pt(3, 4); print(p, repr(p), p.norm, p._replace(x=0), type(p._replace(x=0)).__name__, Pt._make([1, 2]))
class UD(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
u = UD(A=1); u["B"] = 2; print(u, u.data, "a" in u, len(u), dict(u), u.get("a"))
class UL(UserList):
    def append(self, x): super().append(x * 2)
ul = UL([1]); ul.append(5); print(ul, ul + [1], type(ul + [1]).__name__, ul[0], ul.data, sorted(UL([3, 1])))
us = UserString("abc"); print(us.upper(), us + "d", type(us.upper()).__name__, us == "abc", len(us), us[1])
class E(Exception):
    __slots__ = ("code",)
    def __init__(self, code): super().__init__(code); self.code = code
print(repr(E(3)), E(3).code)
class D(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw); self.created = True
    def __repr__(self): return "D" + super().__repr__()
d = D(x=1); print(d, d.created, {**d}, D(), d.copy(), type(d.copy()).__name__, d | {"y": 2}, type(d | {}).__name__)
print(MyCounter("ab") + MyCounter("b"), type(MyCounter("a") + MyCounter("a")).__name__, MyOD(a=1) == {"a": 1})
print(MyDD(list).default_factory, MyDD(list)["k"], type(MyDD(int).copy()).__name__)
