def g():
    yield me.send(None)
me = g()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def h():
    yield 1
x = h()
print(x.__name__, x.__qualname__)
def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)
gen = (n for n in [1])
print(gen.__name__, iter(gen) is gen)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "stop":
            return "stopped at %d" % i
        i += 1
c = counter()
print([next(c) for _ in range(3)])
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)
