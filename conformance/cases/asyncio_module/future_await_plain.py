import asyncio


async def setter(fut, value):
    await asyncio.sleep(0.01)
    print("setting")
    fut.set_result(value)
    print("set")


async def waiter(name, fut):
    print(name, "waiting")
    v = await fut
    print(name, "got", v)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    await asyncio.gather(waiter("w1", fut), waiter("w2", fut), setter(fut, "x"))


asyncio.run(main())
