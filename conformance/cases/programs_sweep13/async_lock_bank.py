import asyncio


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()


async def transfer(a, b, amount, log, start):
    await asyncio.sleep(start)
    first, second = sorted([a, b], key=lambda acc: acc.name)
    async with first.lock:
        await asyncio.sleep(0.001)
        async with second.lock:
            if a.balance < amount:
                log.append(f"declined {a.name}->{b.name} {amount}")
                return False
            a.balance -= amount
            await asyncio.sleep(0.001)
            b.balance += amount
            log.append(f"ok {a.name}->{b.name} {amount}")
            return True


async def main():
    x, y, z = Account("x", 100), Account("y", 50), Account("z", 0)
    log = []
    moves = [(x, y, 30), (y, z, 70), (z, x, 10), (x, z, 80), (y, x, 5), (z, y, 40)]
    results = await asyncio.gather(
        *(transfer(a, b, amt, log, 0.3 * i) for i, (a, b, amt) in enumerate(moves))
    )
    print(results)
    print("\n".join(log))
    print({acc.name: acc.balance for acc in (x, y, z)}, "total", x.balance + y.balance + z.balance)


asyncio.run(main())
