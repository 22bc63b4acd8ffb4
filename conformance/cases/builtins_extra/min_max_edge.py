# min/max: stability of ties, key=None, default with iterables, errors.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), max([True, 1]))
print(max("abc", key=None), min([3, 1, 2], key=None), max(iter([4, 8, 6])), min(x * x for x in range(-3, 3)))
print(max([], default=None), min(iter([]), default=-1), max([2], default=5), min("", default="e"))
print(max(2**100, 2**99, -2**101), min(1.5, 2, -3.5), max([float("inf"), 1e308]))
print(max({3: "a", 9: "b"}), min({"b", "a", "c"}), max(range(10), key=lambda x: x % 7))
print(max("apple", "Banana", key=str.lower), min(["bb", "a", "ccc"], key=len))
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan, 1]))
show("empty", max, [])
show("empty min", min, ())
show("empty key", min, [], key=len)
show("int", max, 5)
show("noargs", min)
show("kw only", max, key=len)
show("default multi", max, 1, 2, default=0)
show("default multi min", min, 1, 2, default=None)
show("bad kw", max, [1], foo=1)
show("mixed", max, [1, "a"])
show("mixed min", min, 1, "a")
show("key not callable", max, [1, 2], key=1)
show("key raises", max, [1, 0], key=lambda x: 1 / x)
show("none items", min, [None, None])
