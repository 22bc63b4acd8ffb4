def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class NoExit:
    async def __aenter__(self):
        return 1


class SyncEnter:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        return False


class SyncExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return None


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


async def use(m):
    async with m:
        pass


for m in [1, NoExit(), SyncEnter(), SyncExit(), Plain()]:
    try:
        run(use(m))
    except TypeError as e:
        print("TypeError", e)


async def sync_with_async_manager():
    with NoExit():
        pass


try:
    run(sync_with_async_manager())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
