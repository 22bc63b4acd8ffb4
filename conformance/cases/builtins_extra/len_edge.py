# len() of every built-in container and the error texts.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(len(""), len("abc"), len("caf\u00e9"), len("\U0001f600x"), len([1, 2]), len(()), len((1,)))
print(len({}), len({1: 2, 3: 4}), len(set()), len({1, 2, 2}), len(frozenset("aab")))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5, -1)), len(range(2**40)))
print(len({1: 2}.keys()), len({1: 2}.values()), len({1: 2}.items()), len([[]] * 7))
show("int", len, 5)
show("float", len, 1.5)
show("none", len, None)
show("iterator", len, iter([1]))
show("generator", len, (x for x in []))
show("map", len, map(abs, []))
show("huge range", len, range(2**64))
show("noargs", len)
show("two", len, [], [])
show("kw", len, obj=[])
