def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Manager:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return False


async def main():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("c"):
        print("body without as")
    return "done"


print(run(main()))
