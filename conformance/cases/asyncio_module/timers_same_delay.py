import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name)


async def main():
    await asyncio.gather(*(sleeper(f"s{i}", 0.02) for i in range(5)))
    loop = asyncio.get_running_loop()
    order = []
    for i in range(4):
        loop.call_later(0.01, order.append, i)
    await asyncio.sleep(0.03)
    print(order)


asyncio.run(main())
