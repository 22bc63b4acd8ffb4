class Empty:
    pass


try:
    Empty(1)
except TypeError as e:
    print("TypeError", e)


class NoInit:
    def method(self):
        return 1


try:
    NoInit(x=1)
except TypeError as e:
    print("TypeError", e)


class Single:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        self.value = value


a = Single(1)
b = Single(2)
print(a is b, a.value)


class Other:
    def __new__(cls):
        return 42


print(Other())


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError", e)


class Args:
    def __init__(self, a, b=2, *rest, key=None, **kw):
        self.data = (a, b, rest, key, kw)


print(Args(1).data, Args(1, 3, 4, 5, key="k", extra=1).data)
try:
    Args()
except TypeError as e:
    print("TypeError", e)
try:
    Args(1, nope=2, key=3, b=4, a=5)
except TypeError as e:
    print("TypeError", e)
print(type(object()).__name__)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
