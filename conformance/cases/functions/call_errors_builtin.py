# Calling non-callables and builtins with bad arguments.
things = [5, "str", [1], None, (1,), {"a": 1}]
for t in things:
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
try:
    len()
except TypeError as e:
    print("TypeError", e)
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
try:
    print(sep=1)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print("TypeError", e)
try:
    max()
except TypeError as e:
    print("TypeError", e)
try:
    "abc".upper(1)
except TypeError as e:
    print("TypeError", e)
try:
    "abc".split(maxsplit="x")
except TypeError as e:
    print("TypeError", e)
