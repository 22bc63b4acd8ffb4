async def stubborn():
    try:
        yield 1
    finally:
        yield 2


def step(aw):
    try:
        return ("yield-to-driver", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stopped",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))


s = stubborn()
print(step(s.__anext__()))
print(step(s.aclose()))
print(step(s.aclose()))


async def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "no"


c = catches_exit()
print(step(c.__anext__()))
print(step(c.aclose()))
c2 = catches_exit()
step(c2.__anext__())
try:
    c2.athrow(GeneratorExit).send(None)
except StopIteration as e:
    print("value", e.value)
except BaseException as e:
    print(type(e).__name__, e)
