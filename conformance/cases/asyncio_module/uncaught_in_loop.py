import asyncio


async def bad():
    raise RuntimeError("from run_until_complete")


loop = asyncio.new_event_loop()
print("running")
try:
    loop.run_until_complete(bad())
finally:
    loop.close()
    print("closed")
