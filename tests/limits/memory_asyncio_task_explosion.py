# A script that makes tasks without end: each Task, its coroutine and its
# ready handle are charged to the heap when made, so the memory budget
# ends the run before the loop ever gets to step them, or the instruction
# budget does first where the prompt collections these live coroutines
# cause (vm/finalize.h) cost more than the tasks' memory.
# args: --max-memory 64M --max-instructions 200000000
# limit: memory|instructions
import asyncio


async def child(i):
    await asyncio.sleep(1)


async def main():
    while True:
        asyncio.create_task(child(0))


asyncio.run(main())
