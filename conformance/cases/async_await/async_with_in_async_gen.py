def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Ctx:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        return self.name

    async def __aexit__(self, *exc):
        self.log.append("exit " + self.name)


async def gen(log):
    for name in "xy":
        async with Ctx(log, name) as n:
            yield n


async def main():
    log = []
    async for v in gen(log):
        log.append("got " + v)
    return log


print(run(main()))
