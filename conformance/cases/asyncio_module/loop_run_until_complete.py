import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * 2


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(compute(21)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print(loop.run_until_complete(fut))
task = loop.create_task(compute(5))
print(task.get_name(), loop.run_until_complete(task))
loop.close()
print(loop.is_closed())
loop.close()
c = compute(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
