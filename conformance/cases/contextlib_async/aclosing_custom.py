import asyncio
from contextlib import aclosing


class Conn:
    async def aclose(self):
        await asyncio.sleep(0)
        print("conn closed")


async def main():
    async with aclosing(Conn()) as c:
        print(type(c).__name__)
    try:
        async with aclosing(Conn()):
            raise OSError("fail")
    except OSError as e:
        print("OSError", e)


asyncio.run(main())
