import asyncio

ATTEMPT_DELAYS = {"search": [0.5, 0.02], "weather": [0.01], "stocks": [0.5, 0.5, 0.5]}


class ToolFailed(Exception):
    pass


async def call_tool(name, attempt):
    delays = ATTEMPT_DELAYS[name]
    delay = delays[min(attempt, len(delays) - 1)]
    await asyncio.sleep(delay)
    return f"{name}-result-{attempt}"


async def call_with_retry(name, retries=3, timeout=0.1):
    for attempt in range(retries):
        try:
            return await asyncio.wait_for(call_tool(name, attempt), timeout)
        except asyncio.TimeoutError:
            print(f"  {name}: attempt {attempt + 1} timed out")
    raise ToolFailed(f"{name} failed after {retries} attempts")


async def main():
    for tool in ATTEMPT_DELAYS:
        try:
            result = await call_with_retry(tool)
            print(f"{tool}: {result}")
        except ToolFailed as e:
            print("error:", e)


asyncio.run(main())
