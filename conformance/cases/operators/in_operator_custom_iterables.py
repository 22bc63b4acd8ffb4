# Membership tests on iterators consume them.
it = iter([1, 2, 3, 4, 5])
print(3 in it, list(it))
gen = (x * x for x in range(10))
print(16 in gen, next(gen), 2 in gen, list(gen))
print("b" in iter("abc"), 9 in map(lambda v: v * 3, range(5)), 12 in map(lambda v: v * 3, range(5)))
print(2 in zip([1, 2], [3, 4]), (2, 4) in zip([1, 2], [3, 4]))
print(5 in enumerate("abc"), (1, "b") in enumerate("abc"))
