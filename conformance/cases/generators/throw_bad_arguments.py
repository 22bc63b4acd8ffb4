# The TypeErrors of generator.throw() for things that cannot be raised.
def gen():
    yield 1


def attempt(*args):
    g = gen()
    next(g)
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError", e)
    print("still usable:", next(g, "finished"))


attempt(1)
attempt("boom")
attempt(None)
attempt(ValueError("x"), "extra")
attempt(ValueError, "x", 5)
attempt()
attempt(ValueError, 1, None, 4)
g = gen()
try:
    g.throw(typ=ValueError)
except TypeError as e:
    print("TypeError", e)
for call in (lambda: g.send(), lambda: g.send(1, 2), lambda: g.send(value=1),
             lambda: g.close(1), lambda: g.close(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
