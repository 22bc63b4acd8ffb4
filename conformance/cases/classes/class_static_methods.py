class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1

    @classmethod
    def created(cls):
        return cls.count

    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]

    @staticmethod
    def helper(a, b=2):
        return a * b


class Sub(Counter):
    pass


Counter.make(3)
print(Counter.created(), Sub.created(), Counter().created())
subs = Sub.make(2)
print(type(subs[0]).__name__, Counter.count, Sub.count)
print(Counter.helper(5), Counter().helper(5, b=3), Sub.helper(1))
sm = staticmethod(len)
print(sm("abc"))
print(type(Counter.__dict__["helper"]).__name__ if False else "skip")


class Registry:
    items = []

    @classmethod
    def register(cls, fn):
        cls.items.append(fn.__name__)
        return fn


@Registry.register
def alpha():
    pass


@Registry.register
def beta():
    pass


print(Registry.items)
