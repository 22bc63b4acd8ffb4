# sorted: stability, key, reverse conversions, mixed types, keyword quirks.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted({5, 1, 3}), sorted(range(5, 0, -1)))
print(sorted([3, 1.5, True, -2**70, 2**70]), sorted([1, 1.0, True], reverse=True))
print(sorted([], key=len), sorted(iter([2, 1])), sorted(x % 3 for x in range(7)))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]))
print(sorted(words, reverse=1), sorted(words, reverse=0), sorted(words, reverse=True, key=None))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
nan = float("nan")
print(sorted([3, 1, 2], key=lambda v: -v), sorted(["B", "a", "C"], key=str.lower))
orig = [3, 1, 2]
out = sorted(orig)
print(orig, out, out is orig)
show("mixed", sorted, [1, "a"])
show("none items", sorted, [None, 1])
show("not iterable", sorted, 5)
show("noargs", sorted)
show("two", sorted, [1], [2])
show("iterable kw", sorted, iterable=[1])
show("bad kw", sorted, [1], foo=1)
show("bad kw not iterable", sorted, 1, foo=1)
show("reverse float", sorted, [1], reverse=1.5)
show("reverse none", sorted, [1], reverse=None)
show("reverse str", sorted, [1], reverse="yes")
show("reverse big", sorted, [1], reverse=2**40)
show("key int", sorted, [1, 2], key=5)
show("key raises", sorted, [1, 0], key=lambda v: 1 // v)
