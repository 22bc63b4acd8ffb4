log = []


async def resource():
    log.append("open")
    try:
        yield 1
        yield 2
    finally:
        log.append("closed")


def step(aw):
    try:
        return ("yield-to-driver", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stopped",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))


r = resource()
print(step(r.__anext__()))
a = r.aclose()
print(type(a).__name__)
print(step(a))
print(log)
print(step(r.__anext__()))
print(step(r.aclose()))
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

never = resource()
print(step(never.aclose()))
print(step(never.__anext__()))
print(log)
