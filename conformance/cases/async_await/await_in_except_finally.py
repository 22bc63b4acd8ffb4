def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def note(msg, log):
    log.append(msg)
    return len(log)


async def main():
    log = []
    try:
        try:
            raise ValueError("x")
        except ValueError as e:
            await note(f"except {e}", log)
            raise KeyError("y") from None
        finally:
            await note("finally", log)
    except KeyError as k:
        await note(f"outer {k}", log)
    while len(log) < 6:
        await note("loop", log)
    return log


print(run(main()))
