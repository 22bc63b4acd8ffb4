# dist and hypot: accuracy, any number of dimensions, specials, errors.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1, 1))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(*range(10)), math.hypot(True, 1))
print(math.hypot(math.inf, math.nan), math.isnan(math.hypot(math.nan, 1)), math.hypot(-math.inf, 1))
print(math.dist([], []), math.dist((1,), (4,)), math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), [4, 6, 15]))
print(math.dist(iter([1, 1]), range(2)), math.dist((1e308, 0), (-1e308, 0)), math.dist([math.inf], [0]))
print(math.dist([0.1, 0.2], [0.3, 0.4]), math.dist([2**60, 1], [0, 0]))
show("hypot str", math.hypot, 3, "4")
show("hypot big", math.hypot, 10**400)
show("hypot overflow", math.hypot, 1e308, 1e308, 1e308)
show("dist dims", math.dist, [1, 2], [3])
show("dist not iterable", math.dist, 5, [1])
show("dist not iterable q", math.dist, [1], 5)
show("dist str item", math.dist, [1], ["a"])
show("dist str point", math.dist, "ab", "cd")
show("dist order", math.dist, ["a"], [10**400])
show("dist order2", math.dist, [10**400], ["a"])
show("dist one", math.dist, [1])
show("dist three", math.dist, [1], [2], [3])
