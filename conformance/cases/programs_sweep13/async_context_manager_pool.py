import asyncio
from contextlib import asynccontextmanager


class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.cond = asyncio.Condition()
        self.log = []

    @asynccontextmanager
    async def connection(self, who):
        async with self.cond:
            await self.cond.wait_for(lambda: self.free)
            conn = self.free.pop(0)
        self.log.append(f"{who} got conn{conn}")
        try:
            yield conn
        finally:
            async with self.cond:
                self.free.append(conn)
                self.log.append(f"{who} released conn{conn}")
                self.cond.notify()


async def query(pool, who, cost):
    async with pool.connection(who) as conn:
        await asyncio.sleep(cost)
        return f"{who}:{conn}"


async def main():
    pool = Pool(2)
    costs = [0.8, 0.5, 0.2, 0.4, 0.1]
    out = await asyncio.gather(*(query(pool, f"q{i}", c) for i, c in enumerate(costs)))
    print(out)
    print("\n".join(pool.log))
    print("free at end:", sorted(pool.free))


asyncio.run(main())
