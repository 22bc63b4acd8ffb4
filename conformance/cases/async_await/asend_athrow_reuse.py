async def g():
    yield 1
    yield 2


def consume(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


a = g()
n = a.__anext__()
print(consume(n))
for meth in ("send", "throw"):
    try:
        if meth == "send":
            n.send(None)
        else:
            n.throw(ValueError)
    except RuntimeError as e:
        print("RuntimeError", e)
print(n.close())
t = a.athrow(ValueError("v"))
try:
    t.send(None)
except ValueError as e:
    print("ValueError", e)
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
x = a.aclose()
try:
    x.send(None)
except StopIteration:
    print("aclose done")
except StopAsyncIteration:
    print("StopAsyncIteration")
s = g().asend(None)
print(type(s).__name__, s.__await__() is s, iter(s) is s)
print(consume(s))
