# dir() of built-in values and types is CPython's list of names.
# The names CPython's dir() lists that moat leaves out because getattr
# refuses them (docs/SECURITY.md, "dir() and getattr agree").
WITHHELD = {"__code__", "__globals__", "__closure__", "__builtins__", "gi_code", "gi_frame",
            "gi_yieldfrom", "__del__", "__self__", "__text_signature__", "__bases__", "__base__",
            "__mro__", "mro", "__subclasses__", "__basicsize__", "__itemsize__", "__dictoffset__",
            "__weakrefoffset__", "__flags__", "__prepare__", "__alloc__"}


def shown(obj):
    return [n for n in dir(obj) if n not in WITHHELD]


print(dir([]))
print(dir(""))
print(dir(1))
print(dir({}))
print(dir(()))
print(dir(set()))
print(dir(frozenset()))
print(dir(1.5))
print(dir(True))
print(dir(None))
print(dir(b""))
print(shown(bytearray()))
print(dir(range(3)))
print(dir(3j))
print(dir(slice(1)))
print(dir(int) == dir(5), dir(str) == dir("x"))
print(shown(type))
print(dir(ValueError("x")))
print(dir(KeyError))
print(dir(OSError))
print([n for n in dir(str) if not n.startswith("_")])
print("append" in dir(list), "__len__" in dir([]), "keys" in dir({}))
print(dir({}.keys()))
print(dir(iter([])))
print(dir(enumerate([])))
print(dir(zip()))
