import traceback


class Capture:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.info = (et.__name__ if et else None, str(ev) if ev else None, tb is not None)
        if tb is not None:
            self.lines = [fs.lineno for fs in traceback.extract_tb(tb)]
        return et is not None and issubclass(et, ArithmeticError)


with Capture() as c:
    x = 1 / 0
print(c.info, c.lines)
with Capture() as c:
    pass
print(c.info)
try:
    with Capture() as c:
        [][1]
except IndexError as e:
    print("escaped", e, c.info)


class ReturnsTruthy:
    def __enter__(self):
        return "entered"

    def __exit__(self, *a):
        return "yes"


for i in range(3):
    with ReturnsTruthy() as r:
        if i == 1:
            continue
        raise KeyError(i)
    print("after", i, r)


def f():
    with ReturnsTruthy():
        return "from body"


print(f())
