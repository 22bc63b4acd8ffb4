# exp family and logarithms of floats: special values, overflow, domain errors.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0, 1, -1, 0.5, 10, 709, -745, -746, 1e-10, math.inf, -math.inf]:
    print(repr(x), math.exp(x), math.exp2(x), math.expm1(x))
for x in [1, 2, 0.5, 10, 1e-300, 5e-324, 1e308, math.e, math.inf, 1024, 1000]:
    print(repr(x), math.log(x), math.log2(x), math.log10(x), math.log1p(x))
print(math.log(8, 2), math.log(100, 10), math.log(1, 10), math.log(0.5, 2), math.log(2, 0.5))
print(math.log(10, math.e), math.log(math.inf, 2), math.log(7, 7), math.log1p(-0.5), math.log1p(-0.0))
print(math.isnan(math.log(math.nan)), math.isnan(math.exp(math.nan)), math.expm1(1e-5))
show("exp 710", math.exp, 710)
show("exp2 1024", math.exp2, 1024)
show("expm1 710", math.expm1, 710)
show("log 0", math.log, 0)
show("log 0.0", math.log, 0.0)
show("log -1", math.log, -1)
show("log -inf", math.log, -math.inf)
show("log2 0", math.log2, 0)
show("log10 -5", math.log10, -5)
show("log1p -1", math.log1p, -1)
show("log1p -2", math.log1p, -2)
show("log base 1", math.log, 10, 1)
show("log base 1.0", math.log, 10.0, 1.0)
show("log base 0", math.log, 10, 0)
show("log base -2", math.log, 10, -2)
show("log x 0 base 10", math.log, 0, 10)
show("log str", math.log, "e")
show("log base str", math.log, 10, "e")
show("log none", math.log, None)
show("exp str", math.exp, "1")
