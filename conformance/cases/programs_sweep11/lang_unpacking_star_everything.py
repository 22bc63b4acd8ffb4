first, *middle, last = range(6)
print(first, middle, last)
(a, b), (c, *d) = [1, 2], "xyz"
print(a, b, c, d)
head, *tail = "s"
print(head, tail)
*init, = []
print(init)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
x, y = y, x = 1, 2
print(x, y)
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged, [*"ab", *range(2)], (*[1], *(2, 3)), {*"aa", *"b"} == {"a", "b"})


def f(*args, **kwargs):
    return args, kwargs


print(f(*[1, 2], 3, *(), **{"k": 1}, z=2))
print(*[1, 2, 3], sep="|")
for bad in ["a, b = [1, 2, 3]", "a, b, c = 'xy'", "a, *b, c = [1]", "(a, b), c = 1, 2"]:
    try:
        exec_free = {"a, b = [1, 2, 3]": lambda: [(p, q) for p, q in [[1, 2, 3]]],
                     "a, b, c = 'xy'": lambda: [(p, q, r) for p, q, r in ["xy"]],
                     "a, *b, c = [1]": lambda: [(p, q, r) for p, *q, r in [[1]]],
                     "(a, b), c = 1, 2": lambda: [(p, q, r) for (p, q), r in [(1, 2)]]}[bad]
        exec_free()
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
