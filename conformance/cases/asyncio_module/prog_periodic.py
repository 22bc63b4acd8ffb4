import asyncio


async def heartbeat(interval, beats):
    n = 0
    try:
        while True:
            await asyncio.sleep(interval)
            n += 1
            beats.append(n)
    except asyncio.CancelledError:
        print("heartbeat stopped after", n)
        raise


async def main():
    beats = []
    hb = asyncio.create_task(heartbeat(0.1, beats))
    await asyncio.sleep(0.35)
    hb.cancel()
    await asyncio.gather(hb, return_exceptions=True)
    print(beats, hb.cancelled())


asyncio.run(main())
