def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def make_adder(n):
    async def add(x):
        return x + n
    return add


class Account:
    rate = 2

    def __init__(self, balance):
        self.balance = balance

    async def deposit(self, amount):
        self.balance += amount
        return self.balance

    @classmethod
    async def make(cls, b):
        return cls(b * cls.rate)

    @staticmethod
    async def fee():
        return 1


def logged(fn):
    async def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        result = await fn(*args, **kwargs)
        print("result", result)
        return result
    return wrapper


@logged
async def compute(a, b=10):
    return a * b


async def main():
    add5 = make_adder(5)
    acc = await Account.make(50)
    await acc.deposit(await add5(await Account.fee()))
    print(acc.balance)
    print(await compute(3), await compute(2, b=4))
    return [await make_adder(i)(i) for i in range(3)]


print(run(main()))
print(compute.__name__)
