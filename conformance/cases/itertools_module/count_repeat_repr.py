from itertools import count, repeat, islice

c = count()
print(c, next(c), next(c), c)
print(count(5), count(2.5, 0.5), count(1, 1.0), count(0, -1), count(3, True), count(True))
c = count(10, 5)
print(list(islice(c, 3)), c)
f = count(1.5, 0.25)
print([next(f) for _ in range(4)], f)
r = repeat("a", 3)
print(r, next(r), r, list(r), r)
print(repeat(1), repeat(None, 0), repeat([1], -4), list(repeat(7, -1)))
print(repeat(object=2, times=2), list(repeat(times=2, object="z")))
print(list(zip(count(1), "abc")), list(map(pow, range(4), repeat(2))))
print(type(count()).__name__, type(repeat(1)).__name__, iter(c) is c, r.__length_hint__())
try:
    count("a")
except TypeError as e:
    print("TypeError:", e)
try:
    repeat(1, 2.5)
except TypeError as e:
    print("TypeError:", e)
ids = count(1)
orders = [{"id": next(ids), "item": x} for x in ["pen", "ink"]]
print(orders, ids)
