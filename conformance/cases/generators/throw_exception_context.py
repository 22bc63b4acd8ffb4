# An exception thrown into a generator paused inside an except block gets the
# exception being handled there as its __context__.
def gen():
    try:
        raise KeyError("first")
    except KeyError:
        yield "in handler"


g = gen()
print(next(g))
try:
    g.throw(ValueError("second"))
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))


def clean():
    yield 1


c = clean()
next(c)
try:
    c.throw(ValueError("plain"))
except ValueError as e:
    print("ValueError", e, "context:", e.__context__)
