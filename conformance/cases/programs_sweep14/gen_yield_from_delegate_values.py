# yield from returns the subgenerator's value and passes send/throw through.
def averager():
    total, n = 0, 0
    while True:
        x = yield
        if x is None:
            return (n, total / n if n else 0)
        total += x
        n += 1


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def report(data):
    results = {}
    for key, values in data.items():
        g = grouper(results, key)
        next(g)
        for v in values:
            g.send(v)
        g.send(None)
    return results


print(report({"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25], "none": []}))


def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"inner caught {e}"
    return "inner done"


def outer():
    result = yield from inner()
    yield f"outer got {result!r}"


g = outer()
print(next(g), g.throw(ValueError("x")), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
g = outer()
next(g)
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("KeyError from inner:", e)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", range(2), (x * x for x in [3]), {"k": 1})))
