t = ([],)
try: t[0] += [1]
except TypeError as e: print("TypeError", e, t)
class Log:
    def __init__(self): self.d = {"k": 1}
    def __getitem__(self, k): print("get", k); return self.d[k]
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __delitem__(self, k): print("del", k); del self.d[k]
L = Log(); L["k"] += 5; L["k"] *= 2; del L["k"]
def f(tag, v): print("eval", tag); return v
a = {}; a[f("key", "x")] = f("value", 1)
x = y = f("chain", [])
x.append(1); print(y)
b = [0, 0]; i = 0
i, b[i] = 1, 5; print(i, b)
class P:
    def __init__(self): self._v = 1
    @property
    def v(self): print("get v"); return self._v
    @v.setter
    def v(self, val): print("set v", val); self._v = val
    @v.deleter
    def v(self): print("del v"); del self._v
p = P(); p.v += 10; del p.v
try: p.v
except AttributeError as e: print("AttributeError", e)
class Obj: pass
o = Obj(); d = {}
for o.x in range(2): pass
for d["k"] in "ab": pass
print(o.x, d)
fs = [lambda: i for i in range(3)]; print([g() for g in fs]); fs = [lambda i=i: i for i in range(3)]; print([g() for g in fs])
data = [1, 5, 3, 8]
if any((big := v) > 4 for v in data): print("first big", big)
print([y := v * 2 for v in range(3)], y)
def ff():
    try: return "try"
    finally: return "finally"
print(ff())
def gg():
    for i in range(3):
        try:
            if i == 1: continue
            print("body", i)
        finally:
            print("fin", i)
            if i == 2: break
    else: print("no else")
gg()
def hh():
    try: 1 / 0
    except ZeroDivisionError: print("except"); return "from except"
    else: print("else")
    finally: print("finally")
print(hh())
def kk(a, b=[]): b.append(a); return b
print(kk(1), kk(2), kk(3, []))
def kw(a, **k): return a, k
try: kw(1, **{"a": 2})
except TypeError as e: print("TypeError", e)
try: kw(1, **{"b": 1}, **{"b": 2})
except TypeError as e: print("TypeError", e)
try: print(*[1], **{"sep": "-"}, **{"sep": "+"})
except TypeError as e: print("TypeError", e)
print(*[1, 2], *"ab", **{"sep": "-"}, end="|\n")
try: kw(**{1: 2})
except TypeError as e: print("TypeError", e)
try: kw(*1)
except TypeError as e: print("TypeError", e)
try: kw(1, **[1])
except TypeError as e: print("TypeError", e)
first, *mid, last = range(6); print(first, mid, last)
(a1, b1), c1 = "xy", 3; print(a1, b1, c1)
try: a2, b2 = [1, 2, 3]
except ValueError as e: print("ValueError", e)
try: a2, *b2, c2 = [1]
except ValueError as e: print("ValueError", e)
try: a2, b2 = 1
except TypeError as e: print("TypeError", e)
class Eq:
    def __eq__(self, o): return NotImplemented
e1, e2 = Eq(), Eq(); print(e1 == e1, e1 == e2, e1 != e2, e1 in [e1], e1 in [e2])
class A:
    def __lt__(self, o): print("A.lt"); return NotImplemented
class B:
    def __gt__(self, o): print("B.gt"); return True
print(A() < B())
try: A() < A()
except TypeError as e: print("TypeError", e)
class Num(int):
    def __radd__(self, o): return "Num.radd"
print(1 + Num(2), Num(2) + 1)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump(); print(counter)
def outer():
    n = 0
    def inc():
        nonlocal n; n += 1; return n
    inc(); inc(); return n
print(outer())
