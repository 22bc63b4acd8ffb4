class A:
    def __eq__(self, o): return NotImplemented
a, b = A(), A()
print(a == a, a == b, a != b, a in [b], a in [a], [a].count(a), [a, b].index(b))
class E:
    def __eq__(self, o): return True
print(E.__hash__, hash(E) is not None)
class F(E):
    __hash__ = object.__hash__
print(F.__hash__ is object.__hash__, F() == 1)
class Init:
    def __init__(self): return 5
try:
    Init()
except TypeError as e:
    print(e)
class New:
    def __new__(cls, x):
        if x < 0:
            return "negative"
        inst = super().__new__(cls)
        return inst
    def __init__(self, x):
        print("init", x); self.x = x
print(New(-1), New(2).x)
class LenOnly:
    def __len__(self): return 0
class Both:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(LenOnly()), bool(Both()), not LenOnly(), "yes" if Both() else "no")
for stmt in ["raise 5", "raise int", "except", "cause"]:
    try:
        if stmt == "raise 5": raise 5
        if stmt == "raise int": raise int
        if stmt == "except":
            try:
                1 / 0
            except int:
                pass
        if stmt == "cause": raise ValueError from 1
    except TypeError as e:
        print(stmt, "->", e)
def gen():
    yield g.send(None)
g = gen()
try:
    next(g)
except ValueError as e:
    print(e)
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
def outer():
    def inner(): return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
outer()
def g2():
    z = 1
    del z
    return z
try:
    g2()
except UnboundLocalError as e:
    print(e)
calls = []
def v(n): calls.append(n); return n
print(v(1) < v(2) < v(0) < v(5), calls)
print([y for x in range(5) if (y := x * x) > 4], y)
first, *mid, last = range(6); print(first, mid, last)
*init, = "abc"; print(init)
print(*[1, 2], *"ab", sep=",")
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*range(3), *(4,)], (*"xy",))
x = 5; name = "N"
print(f"{x=}", f"{x*2 = }", f"{name!r:>6}", f"{name=!s}", f"{3.0=:.2f}")
print(-0.0, complex(-0.0, -0.0), 0j, -1j, 1 - 1j, complex(1, -0.0), 1e300 * 1j, complex("inf+nanj"))
