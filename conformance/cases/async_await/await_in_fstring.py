def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def name():
    return "moat"


async def number():
    return 3.14159


async def main():
    return f"{await name()!r} has {await number():.2f} and {[await name() for _ in range(2)]}"


print(run(main()))
