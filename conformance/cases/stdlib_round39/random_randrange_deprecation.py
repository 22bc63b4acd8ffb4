# randrange() given a float: CPython 3.11's DeprecationWarning at the
# caller's line, then the value or the ValueError.
import random
import warnings

r = random.Random(1)


def show(label, thunk):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(label, thunk())
        except ValueError as e:
            print(label, "ValueError", e)
    for w in caught:
        module = "script" if w.filename == __file__ else "elsewhere"
        print("   ", w.category.__name__, str(w.message), module)


show("start", lambda: r.randrange(5.0))
show("stop", lambda: r.randrange(1, 6.0))
show("step", lambda: r.randrange(1, 10, 2.0))
show("stop fraction", lambda: r.randrange(1, 2.5))
show("step fraction", lambda: r.randrange(1, 5, 1.5))
show("start fraction", lambda: r.randrange(0.5))
show("randint", lambda: r.randint(1.0, 3))
show("bool", lambda: r.randrange(True, 5))
show("int", lambda: r.randrange(7))
