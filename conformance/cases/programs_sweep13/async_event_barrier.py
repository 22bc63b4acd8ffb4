import asyncio


async def runner(name, ready, go, finish_line):
    await asyncio.sleep(0.2 * len(name))
    print(f"{name} is ready")
    ready.append(name)
    await go.wait()
    await asyncio.sleep(2 / len(name))
    finish_line.append(name)


async def starter(ready, go, count):
    while len(ready) < count:
        await asyncio.sleep(0.005)
    print("all ready, go!")
    go.set()


async def main():
    names = ["Al", "Bea", "Cyrus", "Dora"]
    ready, finish = [], []
    go = asyncio.Event()
    await asyncio.gather(starter(ready, go, len(names)), *(runner(n, ready, go, finish) for n in names))
    for place, name in enumerate(finish, 1):
        print(place, name)


asyncio.run(main())
