# copy.copy and copy.deepcopy of built-in iterators go through their
# __reduce__/__setstate__: the position is copied, not shared; a shallow
# copy shares the underlying container (or the iterators a lazy builtin
# draws from), a deep copy copies it. Generators and pairwise refuse.
import copy
import itertools

makers = [
    lambda: iter([1, 2, 3]),
    lambda: reversed([1, 2, 3]),
    lambda: iter((1, 2, 3)),
    lambda: iter(b"abc"),
    lambda: iter(bytearray(b"xyz")),
    lambda: iter({1: 2, 3: 4, 5: 6}),
    lambda: iter({1: 2, 3: 4}.values()),
    lambda: iter({1: 2, 3: 4}.items()),
    lambda: reversed({1: 2, 3: 4, 5: 6}),
    lambda: iter({1, 2, 3}),
    lambda: enumerate([10, 20, 30], 5),
    lambda: zip([1, 2, 3], [4, 5, 6]),
    lambda: map(str, [1, 2, 3]),
    lambda: filter(None, [0, 1, 2, 3]),
    lambda: (x for x in [1, 2]),
    lambda: itertools.pairwise([1, 2, 3]),
]
for copier in (copy.copy, copy.deepcopy):
    for make in makers:
        it = make()
        next(it)
        try:
            c = copier(it)
        except TypeError as e:
            print("TypeError", e)
            continue
        print(type(c).__name__, list(c), list(it))

# The shallow copy shares the list; the deep copy has its own.
items = [[1], [2], [3]]
it = iter(items)
next(it)
shallow, deep = copy.copy(it), copy.deepcopy(it)
items[1].append("changed")
print(list(shallow), list(deep))

it = iter([1, 2, 3])
print(it.__reduce__()[1:], type(it.__reduce__()[0]).__name__)
it.__setstate__(10)
print(list(it), it.__reduce__()[1:])
it = reversed([1, 2, 3])
it.__setstate__(1)
print(list(it))
it = iter((5, 6, 7))
it.__setstate__(-4)
print(list(it))
try:
    iter([1]).__setstate__("x")
except TypeError as e:
    print("TypeError", e)
e = enumerate("ab", 3)
print(e.__reduce__()[0].__name__, e.__reduce__()[1][1])
z = zip([1], [2], strict=True)
print(len(z.__reduce__()), z.__reduce__()[2])
c = copy.copy(zip([1, 2], [3], strict=True))
try:
    list(c)
except ValueError as err:
    print("ValueError", err)
print(iter({1: 2}).__reduce__()[1], iter({1, 2}).__reduce__()[1])
