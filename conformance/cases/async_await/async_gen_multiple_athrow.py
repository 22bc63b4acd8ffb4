def step(aw, value=None):
    try:
        return ("driver", aw.send(value))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stopped",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))


async def resilient():
    errors = 0
    while errors < 3:
        try:
            yield f"errors={errors}"
        except ArithmeticError as e:
            errors += 1
            yield f"recovered from {type(e).__name__}"
    yield "giving up"


g = resilient()
print(step(g.__anext__()))
print(step(g.athrow(ZeroDivisionError)))
print(step(g.athrow(OverflowError("big"))))
print(step(g.asend("ignored")))
print(step(g.athrow(FloatingPointError)))
print(step(g.__anext__()))
print(step(g.athrow(ArithmeticError)))
print(step(g.__anext__()))
print(g.ag_running)
