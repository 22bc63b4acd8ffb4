import types


@types.coroutine
def pause(v):
    got = yield v
    return got


async def f():
    x = await pause("a")
    y = await pause("b")
    return x + y


w = f().__await__()
print(type(w).__name__)
print(iter(w) is w)
print(next(w))
print(w.send("1"))
try:
    w.send("2")
except StopIteration as e:
    print("result", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError", e)

w2 = f().__await__()
next(w2)
try:
    w2.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError", e)
w3 = f().__await__()
next(w3)
print(w3.close())


class Wraps:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def outer():
    return await Wraps(f())


o = outer()
print(o.send(None), o.send("x"))
try:
    o.send("y")
except StopIteration as e:
    print("outer", e.value)
