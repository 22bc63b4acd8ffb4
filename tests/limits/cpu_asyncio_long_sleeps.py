# asyncio.sleep(10**9) on moat's virtual clock costs no wall time: the loop
# advances the clock to the next timer at once. A loop of such sleeps still
# pays for its instructions, so the instruction budget ends it.
# args: --max-instructions 2000000
# limit: instructions
import asyncio


async def main():
    while True:
        await asyncio.sleep(10 ** 9)


asyncio.run(main())
