import asyncio


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    async def call(self):
        self.calls += 1
        await asyncio.sleep(0.01)
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} failed")
        return f"ok after {self.calls} calls"


async def retry(fn, attempts, base_delay):
    delay = base_delay
    for attempt in range(1, attempts + 1):
        try:
            return await asyncio.wait_for(fn(), timeout=1)
        except ConnectionError as e:
            print("error:", e, "- retrying in", delay)
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError("giving up")


async def main():
    print(await retry(Flaky(2).call, 5, 0.01))
    try:
        await retry(Flaky(10).call, 3, 0.01)
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
