import asyncio


async def main():
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(0.05) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out", inner.expired(), outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timed out", outer.expired())
    print(asyncio.current_task().cancelling())


asyncio.run(main())
