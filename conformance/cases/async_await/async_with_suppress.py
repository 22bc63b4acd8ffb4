def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        print("aexit sees", typ.__name__ if typ else None)
        return typ is not None and issubclass(typ, self.kinds)


async def main():
    async with Suppress(KeyError):
        raise KeyError("swallowed")
    print("after suppressed")
    try:
        async with Suppress(KeyError):
            raise ValueError("passes")
    except ValueError as e:
        print("ValueError", e)
    for i in range(3):
        async with Suppress(ZeroDivisionError):
            if i == 1:
                continue
            print("loop", i, 1 / (i - 2) if i != 2 else "skip")
    return "end"


print(run(main()))
