async def echo():
    received = None
    while True:
        received = yield f"echo {received}"
        if received == "stop":
            return


def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stopped",)


e = echo()
print(step(e.asend(None)))
print(step(e.asend("hello")))
print(step(e.asend(3)))
print(step(e.__anext__()))
print(step(e.asend("stop")))
print(step(e.asend("after")))

fresh = echo()
try:
    fresh.asend("x").send(None)
except TypeError as e2:
    print("TypeError", e2)
