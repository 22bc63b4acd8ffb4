# CPython's compiler merges equal constants of one module across its code
# objects: the same object, by type and value.
GREETING = "hello, world"
PAIR = (1, "two", 3.0)
BIG = 10 ** 30 + 7 if False else 1000000000000000000000000000007
RAW = b"some bytes here"


def greeting():
    return "hello, world"


def pair():
    return (1, "two", 3.0)


def big():
    return 1000000000000000000000000000007


def raw():
    return b"some bytes here"


class Holder:
    label = "hello, world"

    def nested(self):
        return [(1, "two", 3.0) for _ in range(1)][0]


print(GREETING is greeting(), PAIR is pair(), BIG is big(), RAW is raw())
print(Holder.label is GREETING, Holder().nested() is PAIR)
print((lambda: "hello, world")() is GREETING)


def kinds():
    return 1.0, 0.0, -0.0, (1,), (1.0,), (True,)


def kinds_again():
    return 1.0, 0.0, -0.0, (1,), (1.0,), (True,)


a, b = kinds(), kinds_again()
print(a is b, [x is y for x, y in zip(a, b)])
print(a[1] is a[2], a[3] is a[4], a[4] is a[5])
print(frozenset({1, 2}) is frozenset({1, 2}))


def member(x):
    return x in {"a", "b", "c"}


def member_again(x):
    return x in {"a", "b", "c"}


print(member("a"), member_again("d"))
