async def agen():
    yield 1


def plain():
    return [x async for x in agen()]
