# gen.throw() chains the thrown exception to the one the generator is
# handling, also when it comes back out of a `yield from` sub-generator; an
# exception class that cannot be made is thrown in as the resulting error.
def sub():
    yield "sub"


def handling():
    try:
        raise KeyError("being handled")
    except KeyError:
        yield from sub()


g = handling()
print(next(g))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))


def plain_handling():
    try:
        raise IndexError("outer")
    except IndexError:
        yield 1


g = plain_handling()
next(g)
try:
    g.throw(TypeError)
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))


class NeedsArgs(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)


def catcher():
    while True:
        try:
            yield "ready"
        except TypeError as e:
            print("generator caught TypeError:", e)
        except NeedsArgs as e:
            print("generator caught NeedsArgs", e.args)


c = catcher()
print(next(c))
print(c.throw(NeedsArgs))
print(c.throw(NeedsArgs, (404, "missing")))
print(c.throw(NeedsArgs(500, "made")))


class NotMade(Exception):
    def __new__(cls, *args):
        return 42


print(c.throw(NotMade))
c.close()

fresh = catcher()
try:
    fresh.throw(NeedsArgs)
except TypeError as e:
    print("unstarted generator raises it:", e)
print(next(fresh, "finished"))

try:
    raise NotMade
except TypeError as e:
    print("raise:", e)

for bad in [5, "text", None]:
    g = catcher()
    next(g)
    try:
        g.throw(bad)
    except TypeError as e:
        print("TypeError", e)
    print(next(g))
