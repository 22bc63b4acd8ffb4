# ==, !=, <, `in`, index/count/remove, sorted, min and max on containers
# nested 100,000 deep end with a catchable RecursionError, as in CPython.
# Each pair is built when its turn comes and dropped after, so the case
# stays small in memory.
N = 100000


def pair(wrap, a, b):
    for _ in range(N):
        a = wrap(a)
        b = wrap(b)
    return a, b


pairs = {
    "list": lambda: pair(lambda x: [x], [], []),
    "list with a difference": lambda: pair(lambda x: [x], [], [1]),
    "tuple": lambda: pair(lambda x: (x,), (), ()),
    "dict": lambda: pair(lambda x: {1: x}, {}, {}),
    "dict of lists": lambda: pair(lambda x: {1: [x]}, {}, {}),
    "frozenset": lambda: pair(lambda x: frozenset([x]), frozenset(), frozenset()),
    "slice": lambda: pair(lambda x: slice(x), None, None),
}
operations = [
    ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b),
    ("<", lambda a, b: a < b),
    ("in list", lambda a, b: a in [b]),
    ("in tuple", lambda a, b: a in (b,)),
    ("list.index", lambda a, b: [a].index(b)),
    ("list.count", lambda a, b: [a].count(b)),
    ("list.remove", lambda a, b: [a].remove(b)),
    ("sorted", lambda a, b: sorted([a, b])),
    ("max", lambda a, b: max(a, b)),
]
for name, build in pairs.items():
    a, b = build()
    for how, op in operations:
        try:
            op(a, b)
            print(name, how, "ok")
        except RecursionError as e:
            print(name, how, "RecursionError:", e)
        except TypeError as e:
            print(name, how, "TypeError:", e)
        except ValueError as e:
            print(name, how, "ValueError:", e)
    a = b = None

a, b = pairs["dict"]()
for how, op in [("values", lambda d: d.values()), ("items", lambda d: d.items()),
                ("keys", lambda d: d.keys())]:
    try:
        print(how, op({1: a}) == op({1: b}))
    except RecursionError as e:
        print(how, "RecursionError:", e)
a, b = pairs["list"]()
print(a is not b)
