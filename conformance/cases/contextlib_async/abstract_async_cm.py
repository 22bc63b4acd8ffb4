import asyncio
from contextlib import AbstractAsyncContextManager


class Good(AbstractAsyncContextManager):
    async def __aexit__(self, *args):
        print("exit")


class Duck:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        pass


class Half:
    async def __aenter__(self):
        return self


async def main():
    async with Good() as g:
        print(type(g).__name__)
    ACM = AbstractAsyncContextManager
    print(issubclass(Duck, ACM), issubclass(Half, ACM))
    try:
        class Bad(AbstractAsyncContextManager):
            pass
        Bad()
    except TypeError as e:
        print("TypeError", e)
    print(AbstractAsyncContextManager[int])


asyncio.run(main())
