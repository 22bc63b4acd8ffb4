import asyncio
import heapq


class Scheduler:
    """Runs jobs by priority with a fixed number of workers."""

    def __init__(self, workers):
        self.queue = asyncio.PriorityQueue()
        self.workers = workers
        self.log = []
        self.counter = 0

    def submit(self, priority, name, cost):
        self.counter += 1
        self.queue.put_nowait((priority, self.counter, name, cost))

    async def worker(self, wid):
        while True:
            priority, _, name, cost = await self.queue.get()
            try:
                if cost < 0:
                    raise ValueError(f"bad cost for {name}")
                for _ in range(cost):
                    await asyncio.sleep(0)
                self.log.append((wid, name))
            except ValueError as e:
                self.log.append((wid, f"failed: {e}"))
            finally:
                self.queue.task_done()

    async def run(self):
        tasks = [asyncio.create_task(self.worker(i)) for i in range(self.workers)]
        await self.queue.join()
        for t in tasks:
            t.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        return [type(r).__name__ for r in results]


async def main():
    s = Scheduler(2)
    for prio, name, cost in [(3, "report", 2), (1, "backup", 3), (2, "email", 1),
                             (1, "deploy", -1), (5, "cleanup", 0)]:
        s.submit(prio, name, cost)
    print(await s.run())
    for entry in s.log:
        print(*entry)
    top = heapq.nsmallest(2, [(len(n), n) for _, n in s.log])
    print(top)


asyncio.run(main())
