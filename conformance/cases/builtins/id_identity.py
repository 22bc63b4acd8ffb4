# id(): equal for the same live object, different for different live objects,
# stable through an object's life; never printed as a number.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = Point(1, 2)
b = Point(1, 2)
c = a
print("same object:", id(a) == id(c))
print("different objects:", id(a) == id(b))
print("stable:", id(a) == id(a))
a.x = 10
print("stable after mutation:", id(a) == id(c))
print("type:", type(id(a)).__name__, id(a) > 0)

# Containers, strings and big ints are objects too.
lst = [1, 2, 3]
alias = lst
lst.append(4)
print("list alias:", id(lst) == id(alias), id(lst) == id(alias[:]))
d = {}
print("dict vs copy:", id(d) == id(d.copy()))
t = (1, 2)
print("tuple:", id(t) == id(t))
big = 10 ** 30
big2 = big
print("big int alias:", id(big) == id(big2))

# None, booleans, Ellipsis, NotImplemented and small ints have ids too,
# and none of them collides with another live object.
values = [None, True, False, Ellipsis, NotImplemented, 0, 1, -1, 2, 255, 256,
          -5, 2 ** 40, a, b, lst, d, t, big, "x", Point, int, print]
ids = [id(v) for v in values]
print("all distinct:", len(set(ids)) == len(values))
print("all ints:", all(type(i) is int for i in ids))
print("None:", id(None) == id(None), id(True) == id(1 == 1), id(False) == id(True))
x = 7
y = 3 + 4
print("small ints equal and identical:", x is y, id(x) == id(y))

# `is` and id agree on everything in the list.
agree = True
for p in values:
    for q in values:
        if (p is q) != (id(p) == id(q)):
            agree = False
print("is agrees with id:", agree)

# object.__hash__ is derived from the identity, as in CPython.
o = object()
print("hash vs id:", hash(o) == id(o) >> 4)
print("instance hash vs id:", hash(b) == id(b) >> 4)

# Ids of objects kept alive in a dict stay put while others come and go.
registry = {}
keep = [Point(i, i) for i in range(50)]
for p in keep:
    registry[id(p)] = p
garbage = [[i] * 10 for i in range(1000)]
del garbage
print("registry lookup:", all(registry[id(p)] is p for p in keep), len(registry))

try:
    id()
except TypeError as e:
    print("TypeError", e)
try:
    id(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    id(x=1)
except TypeError as e:
    print("TypeError", e)
