def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class NoIter:
    def __await__(self):
        return 5


class ReturnsCoro:
    def __await__(self):
        self.made = other()
        return self.made


class Raises:
    def __await__(self):
        raise ValueError("inside __await__")


async def other():
    return 1


async def await_it(x):
    return await x


for obj in [1, "s", None, NoIter(), Raises()]:
    try:
        run(await_it(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

c = ReturnsCoro()
try:
    run(await_it(c))
except TypeError as e:
    print("TypeError", e)
c.made.close()


def gen():
    yield 1


try:
    run(await_it(gen()))
except TypeError as e:
    print("TypeError", e)
