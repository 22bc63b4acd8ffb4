async def guarded():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"handled {e}"


def step(aw, value=None):
    try:
        return ("yield-to-driver", aw.send(value))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stopped",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))


g = guarded()
print(step(g.__anext__()))
print(step(g.athrow(ValueError("bad"))))
print(step(g.__anext__()))
print(step(g.athrow(KeyError("other"))))
print(step(g.__anext__()))
print(step(g.athrow(ValueError("late"))))

fresh = guarded()
print(step(fresh.athrow(ValueError("before start"))))
print(step(fresh.__anext__()))
