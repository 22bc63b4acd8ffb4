# A tiny round-robin scheduler: each task yields to it through an awaitable.
import types
from collections import deque


@types.coroutine
def switch():
    yield


async def counter(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await switch()
    return f"{name} finished"


def run_all(coros):
    ready = deque(coros)
    results = []
    while ready:
        c = ready.popleft()
        try:
            c.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            ready.append(c)
    return results


log = []
print(run_all([counter("a", 3, log), counter("b", 1, log), counter("c", 2, log)]))
print(log)
