import asyncio


async def check(name, ok, delay):
    await asyncio.sleep(delay)
    if not ok:
        raise RuntimeError(f"{name} check failed")
    print(name, "ok")


async def stage(label, checks):
    async with asyncio.TaskGroup() as tg:
        for name, ok, delay in checks:
            tg.create_task(check(f"{label}.{name}", ok, delay))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stage("net", [("dns", True, 0.4), ("tls", False, 0.6)]))
            tg.create_task(stage("disk", [("space", True, 0.1)]))
    except* RuntimeError as eg:
        print("caught", len(eg.exceptions), "group(s):", eg.exceptions[0].exceptions)
        return eg
    return None


problems = asyncio.run(main())
print(type(problems).__name__, problems.message)
raise problems.exceptions[0].exceptions[0]
