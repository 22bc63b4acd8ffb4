import asyncio


class LoggingTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(coro, loop=loop, name=name)
        print("made task", self.get_name())


async def child():
    return "child result"


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(lambda loop, coro: LoggingTask(coro, loop=loop))
    t = asyncio.create_task(child(), name="named")
    print(type(t).__name__, t.get_name(), await t)
    loop.set_task_factory(None)
    t = asyncio.create_task(child())
    print(type(t).__name__, await t)
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
