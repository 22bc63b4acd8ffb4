# isclose with default and custom tolerances, infinities, NaN, errors.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(math.isclose(1, 1), math.isclose(1, 1 + 1e-10), math.isclose(1, 1 + 1e-8), math.isclose(0, 1e-20))
print(math.isclose(0, 1e-20, abs_tol=1e-15), math.isclose(100, 105, rel_tol=0.05), math.isclose(100, 106, rel_tol=0.05))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1e308, math.inf), math.isclose(-0.0, 0.0), math.isclose(1, 2, abs_tol=1), math.isclose(True, 1))
print(math.isclose(a=1, b=1.0), math.isclose(1.0, b=1), math.isclose(10**20, 10**20 + 1), math.isclose(1, 1.5, rel_tol=0.5))
show("neg rel", math.isclose, 1, 2, rel_tol=-1)
show("neg abs", math.isclose, 1, 2, abs_tol=-0.1)
show("str", math.isclose, "a", 1)
show("str b", math.isclose, 1, None)
show("str tol", math.isclose, 1, 1, rel_tol="x")
show("big", math.isclose, 10**400, 1)
show("noargs", math.isclose)
show("one", math.isclose, 1)
show("one kw", math.isclose, 1, zz=3)
show("four", math.isclose, 1, 2, 3, 4)
show("three", math.isclose, 1, 2, 3)
show("bad kw", math.isclose, 1, 2, tol=3)
show("dup", math.isclose, 1, 2, a=3)
