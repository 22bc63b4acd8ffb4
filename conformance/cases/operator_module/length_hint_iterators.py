# operator.length_hint of the built-in iterators counts the items left.
from operator import length_hint

for make in [lambda: iter([10, 20, 30]), lambda: iter((1, 2)), lambda: iter(range(2, 9, 2)),
             lambda: iter({"a": 1, "b": 2}), lambda: iter({"a": 1}.values()),
             lambda: iter({"a": 1, "b": 2, "c": 3}.items()), lambda: iter({5, 6, 7}),
             lambda: reversed([1, 2, 3, 4])]:
    it = make()
    before = length_hint(it)
    next(it)
    after_one = length_hint(it)
    rest = list(it)
    print(type(it).__name__, before, after_one, len(rest), length_hint(it), length_hint(it, 9))

# A list iterator sees items appended after it was made.
items = [1, 2]
it = iter(items)
items.extend([3, 4, 5])
print(length_hint(it))
# Objects without len() or __length_hint__ give the default.
print(length_hint((x for x in [1, 2]), 7), length_hint(map(str, [1]), 3))

# The method itself.
it = iter([1, 2, 3])
print(it.__length_hint__(), iter(range(10**20)).__length_hint__(), iter(range(5, 0)).__length_hint__())
try:
    it.__length_hint__(1)
except TypeError as e:
    print("TypeError:", e)
