import asyncio


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = None

    async def acquire(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            if self.updated is None:
                self.updated = now
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.rate)


async def request(i, bucket, start, log):
    await bucket.acquire()
    elapsed = asyncio.get_running_loop().time() - start
    log.append((i, elapsed))


async def main():
    bucket = TokenBucket(rate=20, capacity=2)
    start = asyncio.get_running_loop().time()
    log = []
    await asyncio.gather(*(request(i, bucket, start, log) for i in range(6)))
    times = sorted(t for _, t in log)
    print("first two before a refill:", times[1] < 0.045, "| all served:", len(log) == 6)
    print("last one after four refills of 50 ms:", 0.2 <= times[-1] < 0.45)
    print("served", len(log))


asyncio.run(main())
