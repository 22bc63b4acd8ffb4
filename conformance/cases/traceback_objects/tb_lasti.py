def f(x):
    y = x + 1
    return y / 0


try:
    f(1)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lasti, tb.tb_next.tb_lasti)
    print(tb.tb_lasti % 2, tb.tb_next.tb_lasti > 0)
