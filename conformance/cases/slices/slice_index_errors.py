# Invalid slice components raise TypeError.
xs = [1, 2, 3]
for bad in ("1", 1.5, [1]):
    try:
        xs[bad:]
    except TypeError as e:
        print("TypeError", e)
try:
    xs[::1.0]
except TypeError as e:
    print("TypeError", e)
try:
    "abc"[:"x"]
except TypeError as e:
    print("TypeError", e)
try:
    xs[::0]
except ValueError as e:
    print("ValueError", e)
print(xs[True:], xs[:False], xs[10 ** 30:], xs[-(10 ** 30):])
