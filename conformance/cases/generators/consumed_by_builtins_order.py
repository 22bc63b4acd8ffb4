# The order in which built-ins pull items from generators (zip stops at the
# first exhausted one, any/all/next/in stop early, unpacking checks for extra).
def noisy(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i
    print(f"{name} exhausted")
print(list(zip(noisy("a", 3), noisy("b", 2))))
print(list(map(lambda x, y: x + y, noisy("m1", 2), noisy("m2", 3))))
print(any(x > 0 for x in noisy("any", 5)))
print(all(x < 1 for x in noisy("all", 5)))
print(next(filter(lambda v: v == 2, noisy("filter", 5))))
print(dict(zip("ab", noisy("dict", 5))))
print("-".join(str(x) for x in noisy("join", 2)))
print(sum(noisy("sum", 3), 10), max(noisy("max", 2)), min(noisy("min", 2), default=9))
print(sorted(noisy("sorted", 3), reverse=True))
print(list(enumerate(noisy("enum", 2), start=5)))
a, b = noisy("unpack", 2)
print(a, b)
try:
    x, = noisy("unpack1", 2)
except ValueError as e:
    print("ValueError", e)
print(3 in noisy("contains", 10))
it = noisy("reuse", 3)
print(next(it), list(it), list(it))
print(tuple(reversed(list(noisy("rev", 2)))))
print(set(noisy("set", 3)) == {0, 1, 2})
print(list(zip(*[noisy("s1", 2), noisy("s2", 2)])))
print(list(zip(noisy("strict1", 2), noisy("strict2", 3))))
try:
    print(list(zip(noisy("z1", 2), noisy("z2", 3), strict=True)))
except ValueError as e:
    print("ValueError", e)
