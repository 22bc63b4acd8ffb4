import asyncio
from contextlib import AsyncContextDecorator


class timed(AsyncContextDecorator):
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        print("start", self.label)
        return self

    async def __aexit__(self, *exc):
        print("stop", self.label, exc[0].__name__ if exc[0] else None)
        return False


@timed("job")
async def job(fail):
    if fail:
        raise RuntimeError("job failed")
    return "ok"


async def main():
    print(await job(False))
    try:
        await job(True)
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
