import asyncio


def step(loop, n):
    print("step", n, loop.is_running())
    if n < 3:
        loop.call_soon(step, loop, n + 1)
    else:
        loop.stop()


loop = asyncio.new_event_loop()
loop.call_soon(step, loop, 0)
loop.run_forever()
print("stopped", loop.is_running())
loop.call_soon(print, "second run")
loop.call_soon(loop.stop)
loop.call_soon(print, "after stop is queued")
loop.run_forever()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
