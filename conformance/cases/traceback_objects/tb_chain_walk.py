def a():
    b()


def b():
    c()


def c():
    raise KeyError("k")


try:
    a()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
