# Proxies to lists and dicts forward item access, iteration and
# comparisons; arithmetic with a proxy operand on either side.
import weakref


class Box(list):
    pass


class Table(dict):
    pass


b = Box([3, 1, 2])
t = Table(a=1)
pb = weakref.proxy(b)
pt = weakref.proxy(t)
pb.append(5)
pb[0] = 30
del pb[1]
print(b, len(pb), pb[-1], 5 in pb, sorted(pb), pb == [30, 2, 5], pb + [9], [0] + pb)
pt["b"] = 2
print(sorted(pt.items()), pt["a"], "b" in pt, len(pt))
del pt["a"]
print(t)
n = weakref.proxy(Table())
try:
    n["x"]
except ReferenceError as e:
    print("ReferenceError", e)
pb += [7]
print(type(pb).__name__, b)
