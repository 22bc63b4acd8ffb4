import asyncio


async def step(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)


async def plan(budget, steps):
    log = []
    try:
        async with asyncio.timeout(budget):
            for name, delay in steps:
                await step(name, delay, log)
        status = "complete"
    except TimeoutError:
        status = "over budget"
    return status, log


async def main():
    steps = [("parse", 0.2), ("plan", 0.3), ("act", 0.5), ("reflect", 0.2)]
    for budget in (1.6, 0.7, 0.1):
        status, log = await plan(budget, steps)
        print(f"budget {budget:.2f}: {status:<11} steps={log}")


asyncio.run(main())
