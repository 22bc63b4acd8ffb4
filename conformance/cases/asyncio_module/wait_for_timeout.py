import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    return "slow"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except asyncio.TimeoutError as e:
        elapsed = loop.time() - t0
        print("timeout", type(e).__name__, type(e.__cause__).__name__, 0.1 <= elapsed < 0.4)
    try:
        await asyncio.wait_for(slow(), timeout=0)
    except TimeoutError as e:
        print("timeout zero", repr(e), type(e.__cause__).__name__)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.05)
    except TimeoutError:
        print("task cancelled:", t.cancelled())


asyncio.run(main())
