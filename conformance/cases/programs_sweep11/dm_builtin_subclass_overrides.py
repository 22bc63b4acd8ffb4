class D(dict):
    def __getitem__(self, k): return "over:" + str(k)
    def keys(self): return ["a", "zz"]
d = D(a=1)
print(dict(d), {**d}, d["a"], dict(**d) if False else "", list(d), d.get("a"))
def f(**kw): return kw
print(f(**d))
class D2(dict):
    def __iter__(self): return iter(["x"])
    def keys(self): return ["a"]
d2 = D2(a=1, b=2)
print(dict(d2), {**d2}, list(d2), f(**d2), dict.update({}, d2) or "", [*d2])
class L(list):
    def __iter__(self): return iter([9, 9])
    def __len__(self): return 7
    def __getitem__(self, i): return "g"
l = L([1, 2, 3])
print(list(l), tuple(l), sorted(l), len(l), bool(L()), l[0], [*l], sum(l), max(l), "".join(map(str, l)), set(l), l == [1, 2, 3], str(l))
x, y = L([1, 2])
print(x, y)
print(" ".join(L(["a", "b"])) if False else "", list(reversed(l)), l.copy(), l + [4], l * 1, 9 in l, 1 in l, l.index(2))
class S(str):
    def __eq__(self, o): return True
    def __hash__(self): return hash("k")
print({"k": 1}.get(S("zz")), S("a") == "b", "b" == S("a"), S("a") in ["q"], ["q"].count(S("a")), S("a") in {"k"}, S("x") != "x")
class T(tuple):
    def __iter__(self): return iter("it")
t = T((1, 2))
print(list(t), [*t], t[0], len(t), max(t), tuple(t), str(t), dict([T(("a", 1))]) if False else "")
class Eq:
    def __eq__(self, o): return "yes"
print([1, Eq()].count(1), Eq() in [1], [Eq()].index(2), (Eq() == 1), Eq() != 1)
class Num(int):
    def __index__(self): return 2
    def __int__(self): return 3
print([10, 20, 30][Num(0)], range(Num(5)), hex(Num(9)), int(Num(4)), operator_free if (operator_free := 1) else 0, "ab" * Num(1))
class F(float):
    def __float__(self): return 9.0
import math
print(math.sqrt(F(4.0)), float(F(4.0)), F(4.0) + 0, round(F(2.5)), int(F(2.7)))
