import traceback


def count(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


def f():
    raise ValueError("v")


try:
    try:
        f()
    except ValueError as e:
        print("first", count(e.__traceback__))
        raise e
except ValueError as e:
    print("raise e", count(e.__traceback__), [x.lineno for x in traceback.extract_tb(e.__traceback__)])

try:
    try:
        f()
    except ValueError:
        raise
except ValueError as e:
    print("bare raise", count(e.__traceback__))


def g():
    try:
        f()
    except ValueError as e:
        raise e


try:
    g()
except ValueError as e:
    print("in g", [(x.name, x.lineno) for x in traceback.extract_tb(e.__traceback__)])
