import asyncio


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()


async def transfer(src, dst, amount, log):
    first, second = sorted([src, dst], key=lambda a: a.name)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if src.balance < amount:
                log.append(f"declined {src.name}->{dst.name} {amount}")
                return False
            src.balance -= amount
            await asyncio.sleep(0)
            dst.balance += amount
            log.append(f"moved {src.name}->{dst.name} {amount}")
            return True


async def main():
    a, b, c = Account("a", 100), Account("b", 50), Account("c", 0)
    log = []
    results = await asyncio.gather(
        transfer(a, b, 30, log), transfer(b, c, 70, log), transfer(c, a, 10, log),
        transfer(a, c, 80, log), transfer(b, a, 5, log))
    print(results)
    print("\n".join(log))
    print({x.name: x.balance for x in (a, b, c)}, a.balance + b.balance + c.balance)


asyncio.run(main())
