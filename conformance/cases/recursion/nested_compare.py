# ==, !=, <, `in`, index/count/remove, sorted, min and max on containers
# nested 100,000 deep end with a catchable RecursionError, as in CPython.
N = 100000


def pair(wrap, a, b):
    for _ in range(N):
        a = wrap(a)
        b = wrap(b)
    return a, b


pairs = {
    "list": pair(lambda x: [x], [], []),
    "list with a difference": pair(lambda x: [x], [], [1]),
    "tuple": pair(lambda x: (x,), (), ()),
    "dict": pair(lambda x: {1: x}, {}, {}),
    "dict of lists": pair(lambda x: {1: [x]}, {}, {}),
    "frozenset": pair(lambda x: frozenset([x]), frozenset(), frozenset()),
    "slice": pair(lambda x: slice(x), None, None),
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
for name, (a, b) in pairs.items():
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

a, b = pairs["dict"]
for how, op in [("values", lambda d: d.values()), ("items", lambda d: d.items()),
                ("keys", lambda d: d.keys())]:
    try:
        print(how, op({1: a}) == op({1: b}))
    except RecursionError as e:
        print(how, "RecursionError:", e)
print(pairs["list"][0] is not pairs["list"][1])
