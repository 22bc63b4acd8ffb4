# fsum: exact (correctly rounded) sums, specials, overflow, conversion errors.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(math.fsum([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum([1, 2, 3]), math.fsum(range(1000)), math.fsum([1e308, -1e308, 1.0]), math.fsum([-0.0]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([1.1] * 7), math.fsum(x / 7 for x in range(100)))
print(math.fsum([2**53, 1, 1]), math.fsum([1e16, 1, 1]))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -1e308]), math.fsum([math.inf, math.inf]))
print(math.isnan(math.fsum([math.nan, 1])), math.isnan(math.fsum([math.inf, math.nan])))
print(math.fsum([True, True, 0.5]), math.fsum((1e-16, 1, 1e-16)))
show("overflow", math.fsum, [1e308, 1e308])
show("inf minus inf", math.fsum, [math.inf, -math.inf])
show("big int", math.fsum, [1, 2**1100])
show("str", math.fsum, [1, "a"])
show("none", math.fsum, [None])
show("not iterable", math.fsum, 5)
show("noargs", math.fsum)
