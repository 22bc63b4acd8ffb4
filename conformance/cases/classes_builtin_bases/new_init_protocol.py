# super().__new__ / super().__init__ through built-in bases, and the
# "not safe" checks of built-in __new__.
class L(list):
    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        obj.created = True
        return obj

    def __init__(self, items, tag=None):
        super().__init__(items)
        self.tag = tag


x = L([1, 2], tag="t")
print(x, x.created, x.tag, type(x).__name__)


class D(dict):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.keys_at_init = sorted(self)


print(D(b=1, a=2), D(b=1, a=2).keys_at_init)

checks = [
    lambda: object.__new__(L),
    lambda: list.__new__(dict),
    lambda: list.__new__(1),
    lambda: dict.__new__(L),
    lambda: int.__new__(L),
    lambda: str.__new__(L),
    lambda: tuple.__new__(L),
    lambda: float.__new__(L),
    lambda: set.__new__(L),
    lambda: list.__init__({}, []),
    lambda: dict.__init__([], {}),
]
for check in checks:
    try:
        r = check()
        print(type(r).__name__, r)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(list.__new__(L)).__name__, list.__new__(L, 1, 2, 3), dict.__new__(D, 1))


class NoInit(int):
    def __init__(self, value):
        print("init", value)


print(NoInit(3) + 1)
