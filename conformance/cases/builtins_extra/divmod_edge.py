# divmod: floor semantics for every sign, floats, mixed, big ints, errors.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for a in [7, -7, 0, 1, 2**62, -2**62, 2**100 + 3, -(2**100) - 3]:
    for b in [2, -2, 3, -3, 2**64, -(2**64)]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.3), (0.0, 1), (-0.0, 1), (0.0, -1),
             (1e308, 1e-308), (5, 2.5), (True, 2.0), (float("inf"), 1), (1, float("inf")),
             (-1, float("inf")), (float("nan"), 1)]:
    print(a, b, divmod(a, b))
print(divmod(True, True), divmod(False, 5), divmod(10, True))
show("int zero", divmod, 1, 0)
show("big zero", divmod, 2**100, 0)
show("float zero", divmod, 1.0, 0)
show("float zero2", divmod, 1, 0.0)
show("big float", divmod, 10**400, 1.5)
show("str", divmod, "a", 1)
show("str2", divmod, 1, "a")
show("list", divmod, [1], 2)
show("none", divmod, None, None)
show("noargs", divmod)
show("one", divmod, 1)
show("three", divmod, 1, 2, 3)
show("kw", divmod, 1, b=2)
