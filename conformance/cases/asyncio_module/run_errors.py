import asyncio


async def inner():
    return 1


async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    await c
    loop = asyncio.get_running_loop()
    s = asyncio.sleep(0)
    try:
        loop.run_until_complete(s)
    except RuntimeError as e:
        print("RuntimeError", e)
    s.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError", e)


try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)
asyncio.run(main())
