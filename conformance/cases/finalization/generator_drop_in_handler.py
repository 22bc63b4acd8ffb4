# A generator dropped while suspended inside a try/finally or a with block
# is closed at the drop, as CPython's reference counting closes it: its
# finally (or __exit__) runs there, before the next statement.


def in_finally(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit of", self.name, exc[0].__name__ if exc[0] else None)
        return False


def in_with(name):
    with Ctx(name):
        yield "w"


g = in_finally("del")
print(next(g))
del g
print("after del")

g = in_finally("rebind")
next(g)
g = None
print("after rebind")

g = in_with("with")
next(g)
g = 0
print("after with drop")


def user():
    local = in_finally("local")
    print("user got", next(local))
    return "returned"


print(user())
print("after return")

items = [in_finally("item a"), in_finally("item b")]
for it in items:
    next(it)
items.clear()
print("after clear")


def outer(name):
    # Suspended outside any handler of its own, delegating to a generator
    # suspended in its try: closing it closes the inner one.
    yield from in_finally(name)
    try:
        yield "later"
    finally:
        print("outer finally")


o = outer("delegated")
print(next(o))
del o
print("after delegated drop")

o = outer("passed")
next(o)
next(o)
print(next(o))
del o
print("after outer drop")

# A generator that catches GeneratorExit and says so.
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


c = catcher()
next(c)
c = None
print("end")
