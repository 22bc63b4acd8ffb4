import asyncio

attempts = {}


async def flaky(name, fail_times):
    attempts[name] = attempts.get(name, 0) + 1
    await asyncio.sleep(0)
    if attempts[name] <= fail_times:
        raise ConnectionError(f"{name} attempt {attempts[name]} failed")
    return f"{name} ok after {attempts[name]}"


async def with_backoff(name, fail_times, retries=4, base=0.05):
    delay = base
    for i in range(retries):
        try:
            return await flaky(name, fail_times)
        except ConnectionError as e:
            if i == retries - 1:
                return f"{name} gave up: {e}"
            await asyncio.sleep(delay)
            delay *= 2


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(with_backoff("a", 0), with_backoff("b", 2), with_backoff("c", 9))
    for r in results:
        print(r)
    elapsed = loop.time() - start
    print("backoff waited 0.35 s or a little more:", 0.35 <= elapsed < 0.6)


asyncio.run(main())
