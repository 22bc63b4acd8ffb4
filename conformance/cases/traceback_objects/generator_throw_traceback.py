import traceback


def gen():
    try:
        yield 1
    except ValueError as e:
        print("caught", [fs.name for fs in traceback.extract_tb(e.__traceback__)])
        yield 2


def source():
    raise ValueError("from source")


try:
    source()
except ValueError as e:
    saved = e

g = gen()
next(g)
print(g.throw(ValueError, saved, saved.__traceback__))
g.close()
g = gen()
next(g)
try:
    g.throw(ValueError, ValueError("x"), 5)
except TypeError as e:
    print("TypeError", e)
