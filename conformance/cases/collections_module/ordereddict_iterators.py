# OrderedDict's iterator over the dict, its views and reversed(): its type,
# the order both ways, and the error that ends it when keys are added or
# removed during the iteration.
from collections import OrderedDict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


od = OrderedDict.fromkeys("abcde", 0)
od["c"] = 3
for view in (od, od.keys(), od.values(), od.items()):
    it = iter(view)
    print(type(it).__name__, type(it).__module__, iter(it) is it, list(it), list(it))
    print(list(reversed(view)), type(reversed(view)).__name__)
attempt("construct", lambda: type(iter(od))())


def subclass():
    class X(type(iter(od))):
        pass


attempt("subclass", subclass)

for label, change in [("add", lambda d: d.__setitem__("z", 1)),
                      ("delete", lambda d: d.__delitem__("a")),
                      ("pop", lambda d: d.popitem())]:
    for kind in ("keys", "values", "items", "reversed"):
        d = OrderedDict.fromkeys("abc", 1)
        source = reversed(d) if kind == "reversed" else iter(getattr(d, kind)())
        first = next(source)
        change(d)
        attempt(f"{label}/{kind}", lambda: next(source))
        attempt(f"{label}/{kind} again", lambda: next(source))

d = OrderedDict(a=1, b=2)
it = iter(d)
d["a"] = 10  # a value change is no mutation of the keys
print(list(it), list(d.items()), sum(d.values()))

print(sorted(OrderedDict(b=1, a=2)), max(OrderedDict(b=1, a=2).items()))
print(dict(OrderedDict(x=1).items()), [*OrderedDict(p=1, q=2).values()])
