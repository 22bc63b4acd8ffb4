def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class BadAiter:
    def __aiter__(self):
        return [1]


for obj in [1, [1, 2], BadAiter()]:
    try:
        aiter(obj)
    except TypeError as e:
        print("TypeError", e)
for obj in [1, iter([1])]:
    try:
        anext(obj)
    except TypeError as e:
        print("TypeError", e)
try:
    aiter()
except TypeError as e:
    print("TypeError", e)
try:
    anext()
except TypeError as e:
    print("TypeError", e)


class NotAwaitableNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def main():
    try:
        await anext(NotAwaitableNext(), "d")
    except TypeError as e:
        print("TypeError", e)


run(main())
