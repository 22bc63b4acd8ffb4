import asyncio


async def runner(name, gate, finish_line, delay):
    await gate.wait()
    await asyncio.sleep(delay)
    async with finish_line:
        finish_line.order.append(name)


async def main():
    gate = asyncio.Event()
    finish_line = asyncio.Lock()
    finish_line.order = []
    racers = [asyncio.create_task(runner(n, gate, finish_line, d))
              for n, d in [("ann", 0.15), ("bob", 0.05), ("cyd", 0.1)]]
    await asyncio.sleep(0.01)
    print("ready:", [t.done() for t in racers])
    gate.set()
    await asyncio.wait(racers)
    print("finish order:", finish_line.order)


asyncio.run(main())
