import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.1)
            await asyncio.sleep(0.05)
            cm.reschedule(cm.when() + 0.1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired after 0.2 s:", 0.2 <= loop.time() - t0 < 0.5)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with asyncio.timeout(-1):
            print("in block")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("negative delay expires at once")


asyncio.run(main())
