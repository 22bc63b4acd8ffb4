# Millions of coroutines made and kept, never awaited: each owns its frame,
# which is charged to the heap when the coroutine is made, so the memory
# budget ends the run (none of them is finalized after the limit).
# args: --max-memory 64M
# limit: memory
async def pending(a, b, c):
    return a + b + c


keep = []
for i in range(10 ** 8):
    keep.append(pending(i, i, i))
