def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1


async def main():
    out = []
    async for i in Countdown(4):
        out.append(i)
    async for i in Countdown(5):
        if i == 2:
            break
        if i == 4:
            continue
        out.append(i * 10)
    else:
        out.append("no else after break")
    async for i in Countdown(2):
        out.append(-i)
    else:
        out.append("else ran")
    return out


print(run(main()))
