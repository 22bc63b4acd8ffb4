async def f():
    return 1


def g():
    await f()
