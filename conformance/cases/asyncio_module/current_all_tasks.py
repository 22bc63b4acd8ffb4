import asyncio


async def child(n):
    await asyncio.sleep(0.01 if n == 1 else 0.3)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    kids = [asyncio.create_task(child(n)) for n in (1, 2)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await kids[0])
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await kids[1])
    print(len(asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    print(asyncio.current_task(loop) is me)


print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(asyncio.current_task(loop), asyncio.all_tasks(loop))
loop.close()
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)
