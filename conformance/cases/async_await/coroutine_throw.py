import types


@types.coroutine
def pause(v):
    got = yield v
    return got


async def worker():
    try:
        await pause(1)
    except KeyError as e:
        print("caught", repr(e))
        x = await pause(2)
        return ("done", x)


c = worker()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.send("sent")
except StopIteration as e:
    print(e.value)

c = worker()
c.send(None)
try:
    c.throw(ValueError("not caught"))
except ValueError as e:
    print("ValueError", e)
print(c.cr_suspended)

c = worker()
c.send(None)
try:
    c.throw(ValueError, ValueError("x"), None)
except ValueError as e:
    print("three-arg", e)
w = worker()
try:
    w.throw(1)
except TypeError as e:
    print("TypeError", e)
w.close()
