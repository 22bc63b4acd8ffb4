class S(str):
    def __str__(self): return "custom str"
    def __len__(self): return 42
    def __iter__(self): return iter("zz")
s = S("abc")
print(s, str(s), len(s), list(s), s.upper(), s + "!", f"{s}", "%s" % s, "{}".format(s), "".join(s), s == "abc", repr(s))
class T(tuple):
    def __getitem__(self, i): return "T"
t = T((1, 2))
a, b = t
print(a, b, t[0], list(t), t + (3,), t == (1, 2))
class I(int):
    def __eq__(self, o): return True
    __hash__ = int.__hash__
print(I(1) == 2, {I(1): "a"}.get(1), 1 in {I(5)}, [I(3)].index(7), I(2) + 3, type(I(2) + 3).__name__)
class F(float):
    def __repr__(self): return "F!"
print(F(1.5), [F(1.5)], str(F(1.5)), f"{F(1.5)}", F(1.5) + 1, type(F(1.5) * 2).__name__, round(F(2.5)), format(F(1.5), ".2f"))
