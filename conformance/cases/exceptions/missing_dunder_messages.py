# A protocol method an object lacks gets the ordinary AttributeError.
class A:
    pass
a = A()
for name in ["__len__", "__iter__", "__setitem__", "__add__", "__call__", "__enter__", "__name__", "__qualname__", "__next__", "__getitem__"]:
    try:
        getattr(a, name)
    except AttributeError as e:
        print("AttributeError", e)
for obj in [5, "s", [1]]:
    for name in ["__call__", "__next__", "__name__", "__setitem__"]:
        try:
            getattr(obj, name)
            print(type(obj).__name__, name, "found")
        except AttributeError as e:
            print("AttributeError", e)
try:
    A.__len__
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(a, "__iter__"), hasattr([], "__iter__"), hasattr(5, "__len__"), hasattr(len, "__call__"))
try:
    a.__enter__()
except AttributeError as e:
    print("AttributeError", e)
