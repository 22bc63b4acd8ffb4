# Assigning attributes, dunders included, to instances of built-in types:
# each fails with CPython's AttributeError text.
targets = [5, 2.5, "text", b"raw", [1], (1,), {1: 2}, {1}, frozenset(), range(3),
           object(), None, True, 3j, len, iter([]), slice(1)]
names = ["__doc__", "__len__", "__add__", "__hash__", "__repr__", "__eq__", "__iter__",
         "__contains__", "__getitem__", "__bool__", "__int__", "real", "append", "x",
         "__custom__", "__foo_bar__", "start"]
for target in targets:
    for name in names:
        try:
            setattr(target, name, 1)
        except AttributeError as e:
            print(type(target).__name__, name, "->", e)
        else:
            print(type(target).__name__, name, "-> set")
try:
    (5).__doc__ = "five"
except AttributeError as e:
    print(e)
try:
    del (5).__doc__
except AttributeError as e:
    print(e)
