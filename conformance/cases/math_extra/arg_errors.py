# Argument-count and keyword errors for every function, by calling convention.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

one = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "degrees",
       "erf", "erfc", "exp", "exp2", "expm1", "fabs", "factorial", "floor", "frexp", "fsum", "gamma",
       "isfinite", "isinf", "isnan", "isqrt", "lgamma", "log10", "log1p", "log2", "modf", "radians",
       "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]
two = ["atan2", "comb", "copysign", "dist", "fmod", "ldexp", "nextafter", "pow", "remainder"]
for name in one:
    f = getattr(math, name)
    show(name + "()", f)
    show(name + "(1, 2)", f, 1, 2)
    show(name + "(x=1)", f, x=1)
for name in two:
    f = getattr(math, name)
    show(name + "()", f)
    show(name + "(1)", f, 1)
    show(name + "(1, 2, 3)", f, 1, 2, 3)
    show(name + "(1, y=2)", f, 1, y=2)
for name in ["gcd", "lcm", "hypot"]:
    show(name + " kw", getattr(math, name), 1, x=2)
show("log()", math.log)
show("log(1, 2, 3)", math.log, 1, 2, 3)
show("log kw", math.log, 1, base=2)
show("perm()", math.perm)
show("perm(1, 2, 3)", math.perm, 1, 2, 3)
show("perm kw", math.perm, 1, k=2)
print(math.sqrt.__name__, math.log.__name__, type(math.sqrt).__name__)
