# None: singleton, repr, comparisons and common patterns.
x = None
print(x, repr(x), str(x), x is None, x is not None, x == None, type(x).__name__)


def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


def nothing():
    pass


print(find([4, 5, 6], 6), find([4, 5, 6], 7), nothing(), print("side") is None)
results = [find("hello", c) for c in "hlz"]
print(results, results.count(None))
print([v for v in [0, None, 1, None, 2] if v is not None])
try:
    x + 1
except TypeError as e:
    print("TypeError", e)
try:
    x < 1
except TypeError as e:
    print("TypeError", e)
try:
    x()
except TypeError as e:
    print("TypeError", e)
try:
    x.foo
except AttributeError as e:
    print("AttributeError", e)
try:
    len(None)
except TypeError as e:
    print("TypeError", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    x[0]
except TypeError as e:
    print("TypeError", e)
d = {None: "none key"}
print(d[None], hash(None) == hash(None), [None] * 3, (None, None))
