import math, operator
class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return 7
    def __round__(self, nd=None): return ("round", nd)
    def __complex__(self): return complex(self.v, 1)
    def __bytes__(self): return b"num"
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, e, m=None): return ("pow", e, m)
    def __rpow__(self, b): return ("rpow", b)
    def __lshift__(self, o): return ("lshift", o)
    def __rrshift__(self, o): return ("rrshift", o)
    def __invert__(self): return ("inv",)
    def __length_hint__(self): return 42
    def __call__(self, *a, **k): return ("called", a, k)
    def __contains__(self, x): return x == self.v
    def __getitem__(self, k): return ("get", k)
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
    def __dir__(self): return ["b", "a"]
n = Num(3)
print(math.floor(n), math.ceil(n), math.trunc(n), round(n), round(n, 2), complex(n), bytes(n), float(n))
print(divmod(n, 2), divmod(2, n), pow(n, 2), pow(n, 2, 5), 2 ** n, n ** 3, n << 1, 1 >> n, ~n)
print(operator.length_hint(n), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), n(1, k=2), 3 in n, 4 in n)
print(n[1], n[1:2], n[1:2, ::3], n[...], dir(n), hex(n), bin(n), [0, 1, 2, 3][n], "abcd"[:n])
n[0] = "x"; n[1:3] = []; del n[::2]; del n["k"]
print(int(n) if hasattr(n, "__int__") else "no __int__", math.isqrt(n), operator.index(n))
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x): self.items.append(x); return self
    def __isub__(self, x): return NotImplemented
    def __sub__(self, x): return "sub fallback"
a = Acc(); a += 1; a += 2; print(a.items); a -= 1; print(a)
class OnlyR:
    def __radd__(self, o): return f"radd {o}"
    def __rsub__(self, o): return f"rsub {o}"
    def __rmul__(self, o): return f"rmul {o}"
print(1 + OnlyR(), [1] + OnlyR(), "s" - OnlyR() if False else "", 3 * OnlyR(), "ab" * OnlyR())
class Sub(int):
    def __radd__(self, o): return "Sub.radd wins"
    def __add__(self, o): return "Sub.add"
print(1 + Sub(2), Sub(2) + 1, 1.5 + Sub(2))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
print(Cmp(1) > Cmp(2), sorted([Cmp(3), Cmp(1)], key=lambda c: c)[0].v, max(Cmp(5), Cmp(4)).v)
