# hash() of numbers (equal numbers hash equal), strings are seeded, unhashables.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, -2**62, 2**64, -2**64, 10**30, True, False]:
    print(x, hash(x))
for x in [0.0, -0.0, 1.0, 1.5, -2.5, 1e300, float("inf"), float("-inf"), 2.0**61, 0.1]:
    print(repr(x), hash(x))
print(hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(2.0**70))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash(None) == hash(None), hash(frozenset()))
print(hash("abc") == hash("ab" + "c"), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(range(3)) == hash(range(0, 3)), hash(Ellipsis) == hash(...))
show("list", hash, [])
show("dict", hash, {})
show("set", hash, {1})
show("tuple with list", hash, (1, [2]))
show("slice", hash, slice(1, 2))
show("noargs", hash)
show("two", hash, 1, 2)
