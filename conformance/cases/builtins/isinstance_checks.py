# isinstance and issubclass with built-in types.
values = [1, 1.0, True, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, range(1), len]
for v in values:
    print(repr(v) if not callable(v) else "len", [isinstance(v, t) for t in (int, float, bool, str, list, tuple, dict, set)],
          isinstance(v, (int, float)), type(v).__name__)
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(int, object))
print(isinstance(int, type), isinstance(type, type), isinstance(1, object), isinstance(None, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
