# How deep an await chain, a yield-from chain and a chain of async generators
# may go under the default recursion limit: each resumption and each send()
# counts as CPython counts it.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def down(n):
    if n == 0:
        return 0
    return 1 + await down(n - 1)
lo, hi = 1, 3000
while lo < hi:
    mid = (lo + hi + 1) // 2
    try:
        run(down(mid)); lo = mid
    except RecursionError:
        hi = mid - 1
print("max await depth", lo)
def gen(n):
    if n == 0:
        yield 0
        return
    yield from gen(n-1)
lo, hi = 1, 3000
while lo < hi:
    mid = (lo + hi + 1) // 2
    try:
        list(gen(mid)); lo = mid
    except RecursionError:
        hi = mid - 1
print("max yield from depth", lo)
async def agen(n):
    if n == 0:
        yield 0
        return
    async for v in agen(n - 1):
        yield v
async def col(n):
    return [v async for v in agen(n)]
lo, hi = 1, 3000
while lo < hi:
    mid = (lo + hi + 1) // 2
    try:
        run(col(mid)); lo = mid
    except RecursionError:
        hi = mid - 1
print("max async gen depth", lo)
