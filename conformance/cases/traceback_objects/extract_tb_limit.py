import traceback


def r(n):
    if n == 0:
        raise RuntimeError("bottom")
    r(n - 1)


try:
    r(4)
except RuntimeError as e:
    tb = e.__traceback__
    for limit in (None, 0, 1, 2, -1, -2, 10, -10):
        print(limit, [(fs.name, fs.lineno) for fs in traceback.extract_tb(tb, limit=limit)])
