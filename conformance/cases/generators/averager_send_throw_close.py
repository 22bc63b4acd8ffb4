# Coroutine-style generators: send, throw, close, yield from return values, StopIteration.value.
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("  averager caught", e)
            continue
        if x is None:
            break
        total += x; count += 1; avg = total / count
    return (count, avg)
def delegator(results):
    while True:
        r = yield from averager()
        print("  sub returned", r)
        results.append(r)
res = []
g = delegator(res); next(g)
for v in [10, 20, 30]:
    print(g.send(v))
print(g.throw(ValueError("bad")))
g.send(None)
for v in [1, 2]:
    print(g.send(v))
g.send(None)
print(res)
def gen():
    try:
        yield 1; yield 2
    finally:
        print("  cleanup")
g = gen(); print(next(g)); g.close(); print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def ret():
    yield 1
    return "done"
g = ret(); next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset": i = 0
        else: i += 1
c = counter(5); print(next(c), next(c), c.send("reset"), next(c), list(c))
g = (x * x for x in range(3)); print(list(g), list(g))
def thrower():
    yield 1
g = thrower()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError before start", e)
print(g.gi_running if False else "ok")
def chain(*its):
    for it in its:
        r = yield from it
        print("  inner result", r)
print(list(chain([1, 2], (3,), ret())))
