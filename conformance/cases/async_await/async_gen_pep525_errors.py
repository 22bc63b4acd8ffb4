def step(aw):
    try:
        return ("yield-to-driver", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stopped",)
    except Exception as e:
        cause = e.__cause__
        return ("raised", type(e).__name__, str(e),
                type(cause).__name__ if cause else None)


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


async def raises_stop():
    yield 1
    raise StopIteration(5)


for f in (raises_stop_async, raises_stop):
    g = f()
    print(step(g.__anext__()))
    print(step(g.__anext__()))
    print(step(g.__anext__()))

g = raises_stop_async()
n = g.__anext__()
print(step(n))
try:
    n.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    n.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError", e)
print(n.close())
