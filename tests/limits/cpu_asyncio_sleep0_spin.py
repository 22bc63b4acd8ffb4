# Tasks that yield to each other for ever with asyncio.sleep(0): every pass
# of the event loop is Python code moat counts, so the instruction budget
# ends the run (the virtual clock never needs to advance).
# args: --max-instructions 5000000
# limit: instructions
import asyncio


async def spin():
    while True:
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(spin(), spin())


asyncio.run(main())
