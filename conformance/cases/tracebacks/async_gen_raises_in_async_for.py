async def agen():
    yield 1
    raise KeyError("in agen")

async def main():
    async for x in agen():
        print(x)

c = main()
c.send(None)
