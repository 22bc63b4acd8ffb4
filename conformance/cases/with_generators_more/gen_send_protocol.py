def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total / count if count else None
        if value is None:
            break
        total += value
        count += 1
    return f"final total {total}"
a = accumulator()
print(a.send(None))
print(a.send(10), a.send(20), a.send(3))
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value, "args:", e.args)
try:
    next(a)
except StopIteration as e:
    print("exhausted", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received!r}"
e = echo()
try:
    e.send("early")
except TypeError as ex:
    print(type(ex).__name__, ex)
print(next(e), e.send(1), next(e), e.send([2]))
e.close()
def countdown(n):
    while n > 0:
        reset = yield n
        n = reset if reset is not None else n - 1
c = countdown(3)
print([next(c), next(c), c.send(5), next(c), next(c)])
def simple():
    yield 1
s = simple()
print(list(s), list(s))
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as ex:
    print(type(ex).__name__, ex)
