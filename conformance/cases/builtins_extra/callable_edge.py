# callable() on builtins, types, functions, lambdas, methods and plain values.
def f():
    return 1

values = [len, print, int, str, type, object, f, lambda: 0, "abc".upper, [].append, dict.fromkeys,
          map, zip, enumerate, ValueError, 1, "s", None, [], (), {}, 1.5, True, range(3),
          iter([]), map(len, []), ValueError("x"), Ellipsis, NotImplemented]
print([callable(v) for v in values])
try:
    callable()
except TypeError as e:
    print("TypeError", e)
try:
    callable(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    callable(obj=1)
except TypeError as e:
    print("TypeError", e)
