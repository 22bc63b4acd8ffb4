# __del__ runs when the returning frame drops the last reference, whatever
# else finalizable lives: an unstarted coroutine kept aside, a generator
# suspended outside its try, one suspended inside it.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


async def later():
    return 1


def gen():
    yield "out"
    try:
        yield "in"
    finally:
        print("gen finally")


def work(tag):
    a = Noisy(tag + " local")
    b = [Noisy(tag + " in list")]
    print("work", tag)
    return Noisy(tag + " returned")


def nested(tag):
    def inner():
        x = Noisy(tag + " inner")
        return 1
    inner()
    print("after inner", tag)
    return work(tag)


def fails(tag):
    x = Noisy(tag + " in failing frame")
    raise ValueError(tag)


kept = later()
r = work("one")
print("got", r.name)
r = None
nested("two")
print("dropped result of two")

g = gen()
next(g)
work("three")
print("-")
g2 = gen()
next(g2)
next(g2)
nested("four")
try:
    fails("five")
except ValueError as e:
    print("caught", e)
print("after handler")
del g2
print("after g2")
del g
kept.close()
print("end")
