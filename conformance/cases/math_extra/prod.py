# prod: int fast path past int64, float path, generic multiplication, start=.
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(math.prod([]), math.prod([], start=5), math.prod(range(1, 11)), math.prod([2**40, 2**40]))
print(math.prod([3037000499, 3037000499]), math.prod([3037000500, 3037000500]), math.prod([-2**62, 2]))
print(math.prod([2**63 - 1, 1, -1]), math.prod([-1] * 7), math.prod([10**20, 10**20, 0]))
print(math.prod([1.5, 2]), math.prod([2, 1.5]), math.prod([0.1] * 3), math.prod([1e200, 1e200]))
print(math.prod([True, 3]), math.prod([3, True, 2.0]), math.prod([2, 2**70, 0.5]))
print(math.prod(["ab", 3]), math.prod([2, "ab"]), math.prod([[1], 2]), math.prod([2], start="x"))
print(math.prod([], start="x"), math.prod(x + 1 for x in range(5)), math.prod({2: 0, 3: 0}))
print(math.prod([1, 2], start=2.5), math.prod([2.0], start=3), math.prod([float("inf"), 0]))
show("str str", math.prod, ["a", "b"])
show("none", math.prod, [None])
show("float big int", math.prod, [1.0, 10**400])
show("not iterable", math.prod, 5)
show("noargs", math.prod)
show("two pos", math.prod, [1, 2], 3)
show("many", math.prod, 1, 2, 3, 4)
show("bad kw", math.prod, [1], begin=2)
show("iterable kw", math.prod, iterable=[1])
