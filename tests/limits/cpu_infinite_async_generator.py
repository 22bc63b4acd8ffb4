# An async generator that never ends, consumed by `async for` under a
# hand-written driver: every resumption runs counted instructions, so the
# instruction budget ends the run; no finally of the generator runs after.
# args: --max-instructions 2000000
# limit: instructions
async def forever():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("must not run after the limit")


async def consume():
    async for _ in forever():
        pass


c = consume()
try:
    while True:
        c.send(None)
except StopIteration:
    pass
