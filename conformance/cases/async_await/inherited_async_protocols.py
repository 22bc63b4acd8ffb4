def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class BaseResource:
    opened = 0

    async def __aenter__(self):
        type(self).opened += 1
        await self.setup()
        return self

    async def __aexit__(self, typ, exc, tb):
        await self.teardown()
        return isinstance(exc, self.swallow)

    swallow = ()

    async def setup(self):
        print("base setup", type(self).__name__)

    async def teardown(self):
        print("base teardown", type(self).__name__)


class Db(BaseResource):
    swallow = (LookupError,)

    async def setup(self):
        await super().setup()
        print("db setup")


class Stream(BaseResource):
    def __init__(self, data):
        self.data = list(data)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.data:
            raise StopAsyncIteration
        return self.data.pop(0)


async def main():
    async with Db() as db:
        raise KeyError("swallowed by Db")
    async with Stream("ab") as s:
        items = [x async for x in s]
    return items, BaseResource.opened, Db.opened, Stream.opened


print(run(main()))
