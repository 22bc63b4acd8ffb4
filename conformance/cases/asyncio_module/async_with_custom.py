import asyncio


class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("connect", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("disconnect", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


async def main():
    async with Connection("a") as a, Connection("b", suppress=True) as b:
        print("inside", a.name, b.name)
        raise ValueError("suppressed by b")
    print("after")
    try:
        async with Connection("c"):
            raise KeyError("escapes")
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
