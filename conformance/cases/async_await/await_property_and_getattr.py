def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Lazy:
    def __init__(self):
        self._value = None

    @property
    async def value(self):
        if self._value is None:
            self._value = await self.load()
        return self._value

    async def load(self):
        return 41 + 1

    def __getattr__(self, name):
        async def missing():
            return f"dynamic {name}"
        return missing


async def main():
    obj = Lazy()
    first = await obj.value
    second = await obj.value
    dyn = await obj.anything()
    calls = [await getattr(obj, n)() for n in ("x", "y")]
    return first, second, dyn, calls


print(run(main()))
