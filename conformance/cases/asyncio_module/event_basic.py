import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set(), repr(ev).endswith("[unset]>"))
    tasks = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    print(repr(ev).endswith("[set, waiters:3]>"))
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())


asyncio.run(main())
