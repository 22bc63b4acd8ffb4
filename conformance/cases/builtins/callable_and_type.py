# type(x) with one argument, type names, callable().
for v in (1, 1.5, "s", [], (), {}, set(), None, True, range(0), len, print, int, type):
    print(type(v).__name__, callable(v))
print(type(1) == int, type(1) is int, type(type(1)).__name__, int.__name__, type("") is str)
print(type(3)(7), type("x")(42), type([])(range(2)), type(None)() is None)
