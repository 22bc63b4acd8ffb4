def inner():
    yield 1
    raise StopIteration("early")

def outer():
    yield from inner()

try:
    list(outer())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

def take(it, n):
    for _ in range(n):
        yield next(it)

try:
    print(list(take(iter([1, 2]), 5)))
except RuntimeError as e:
    print(e)

def safe_take(it, n):
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe_take(iter([1, 2]), 5)))

def g():
    return 5
    yield
try:
    next(g())
except StopIteration as e:
    print("value", e.value, e.args)

gen = (x for x in range(3))
print(next(gen), list(gen), list(gen))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
try:
    c.send(None) and c.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
try:
    next(c)
except StopIteration:
    print("finished")
g3 = counter()
try:
    g3.send(5)
except TypeError as e:
    print(e)
