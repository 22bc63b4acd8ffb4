import asyncio
from contextlib import nullcontext


async def main():
    async with nullcontext(5) as v:
        print(v)
    async with nullcontext() as v:
        print(v)
    try:
        async with nullcontext("x"):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("ValueError", e)
    with nullcontext("sync") as v:
        print(v)


asyncio.run(main())
