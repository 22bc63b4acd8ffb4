# abs() on ints at the small/big boundary, floats, bools, and bad operands.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0, 1, -1, 7, -7, 2**62, -2**62, 2**62 - 1, -(2**62) + 1, 2**63, -2**63, 2**64, -2**100]:
    print(x, abs(x), type(abs(x)).__name__)
for x in [0.0, -0.0, 1.5, -1.5, 1e308, -1e308, float("inf"), float("-inf")]:
    print(repr(x), repr(abs(x)))
print(abs(float("nan")))
print(abs(True), abs(False), type(abs(True)).__name__)
print(abs(-(-5)), abs(-abs(-3)))
show("str", abs, "a")
show("list", abs, [1])
show("none", abs, None)
show("noargs", abs)
show("two", abs, 1, 2)
show("kw", abs, x=1)
