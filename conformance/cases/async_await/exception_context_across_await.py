def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def fails():
    raise ValueError("inner")


async def handler():
    try:
        await fails()
    except ValueError as e:
        try:
            raise KeyError("while handling")
        except KeyError as k:
            return type(k.__context__).__name__, str(k.__context__)


async def reraiser():
    try:
        await fails()
    except ValueError:
        raise


print(run(handler()))
try:
    run(reraiser())
except ValueError as e:
    print("ValueError", e)


async def from_cause():
    try:
        await fails()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


try:
    run(from_cause())
except RuntimeError as e:
    print("RuntimeError", e, "<-", repr(e.__cause__))
