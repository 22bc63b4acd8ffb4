# A scheduler with a virtual clock: tasks await sleep(t) and are resumed in
# time order.
import heapq
import types


@types.coroutine
def sleep(delay):
    yield delay


class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0

    def spawn(self, coro):
        heapq.heappush(self.queue, (self.now, self.seq, coro))
        self.seq += 1

    def run(self):
        results = {}
        while self.queue:
            self.now, _, coro = heapq.heappop(self.queue)
            try:
                delay = coro.send(None)
            except StopIteration as e:
                results[coro.__name__] = (e.value, self.now)
            else:
                heapq.heappush(self.queue, (self.now + delay, self.seq, coro))
                self.seq += 1
        return results


loop = Loop()


async def worker(name, delays):
    for d in delays:
        await sleep(d)
        print(f"t={loop.now} {name} woke after {d}")
    return name.upper()


async def alpha():
    return await worker("alpha", [3, 1])


async def beta():
    return await worker("beta", [1, 1, 1])


loop.spawn(alpha())
loop.spawn(beta())
print(sorted(loop.run().items()))
