print("never printed: the file does not compile")


async def agen():
    yield 1
    return 2
