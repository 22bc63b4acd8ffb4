# An await chain deeper than the recursion limit: each level resumes the
# one below it through a nested resumption, which the native depth guard
# and the recursion limit bound, so it ends in a catchable RecursionError
# (never a host stack overflow), the run goes on, and a shallow chain still
# works after. Under a raised limit the same holds.
# limit: none
# expect-output: shallow 100
# expect-output: deep RecursionError
# expect-output: raised deep RecursionError
# expect-output: async gen chain RecursionError
# expect-output: after 50
import sys


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


print("shallow", run(down(100)))
try:
    run(down(100000))
except RecursionError:
    print("deep RecursionError")
sys.setrecursionlimit(100000)
try:
    run(down(1000000))
except RecursionError:
    print("raised deep RecursionError")


async def nest(n):
    if n == 0:
        yield 0
        return
    async for v in nest(n - 1):
        yield v + 1


async def consume():
    return [v async for v in nest(1000000)]


try:
    run(consume())
except RecursionError:
    print("async gen chain RecursionError")
sys.setrecursionlimit(1000)
print("after", run(down(50)))
