# Timers due within the millisecond the loop's wait is rounded up to run
# on the same pass, as under CPython's epoll wait: two tasks sleeping the
# same time, started one after the other, both wake before either one's
# done callbacks run.
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    print('raising', repr(exc))
    raise exc


async def note(text, delay):
    await asyncio.sleep(delay)
    print(text)


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail(ValueError('v'), 0.1))
            group.create_task(fail(KeyError('k'), 0.1))
    except* ValueError as eg:
        print('values', repr(eg))
    except* KeyError as eg:
        print('keys', repr(eg))

    async def first_wins():
        done, pending = await asyncio.wait(
            [asyncio.create_task(note(f'n{i}', 0.2)) for i in range(3)],
            return_when=asyncio.FIRST_COMPLETED)
        print(len(done), len(pending))
    await first_wins()

    loop = asyncio.get_running_loop()
    start = loop.time()
    order = []
    for i in range(3):
        loop.call_later(0.05, order.append, i)
    loop.call_later(0.3, order.append, 'late')
    await asyncio.sleep(0.1)
    print(order)
    await asyncio.sleep(0.25)
    print(order, loop.time() - start >= 0.35)

    results = await asyncio.gather(
        asyncio.wait_for(note('w1', 0.1), 0.5),
        asyncio.wait_for(note('w2', 0.1), 0.5))
    print(results)


asyncio.run(main())
