# strftime's checks of the time tuple (CPython's gettmarg and checktm).
import time

base = [2024, 1, 1, 0, 0, 0, 0, 1, 0]
changes = [(1, 0), (1, 13), (1, -1), (2, 0), (2, 32), (2, -1), (3, 24), (3, -1), (4, 60),
           (5, 61), (5, 62), (6, -1), (6, -2), (6, 7), (6, 100), (7, 0), (7, 366),
           (7, 367), (7, -1), (8, -5), (8, 5), (0, 2 ** 31 - 1), (0, 2 ** 31),
           (0, -2 ** 31 + 1900), (0, -2 ** 31 + 1899), (0, -2 ** 31 - 1), (0, 2 ** 64),
           (3, 2.0), (4, "x"), (0, True), (8, None)]
for index, value in changes:
    t = list(base)
    t[index] = value
    t = tuple(t)
    for f in (lambda: time.strftime("%Y-%m-%d %H:%M:%S %a %j %U %W %V", t),
              lambda: time.asctime(t)):
        try:
            print(index, value, repr(f()))
        except (TypeError, ValueError, OverflowError) as e:
            print(index, value, type(e).__name__, e)
for bad in [(2024,) * 8, (2024,) * 10, [2024, 1, 1, 0, 0, 0, 0, 1, 0], 5, "x", None]:
    for f in (time.strftime, time.asctime):
        try:
            print(f("%Y", bad) if f is time.strftime else f(bad))
        except TypeError as e:
            print(f.__name__, "TypeError", e)
