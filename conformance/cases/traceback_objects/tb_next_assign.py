def f():
    raise ValueError("x")


try:
    f()
except ValueError as e:
    tb = e.__traceback__
inner = tb.tb_next
tb.tb_next = None
print(tb.tb_next)
tb.tb_next = inner
print(tb.tb_next is inner)
try:
    inner.tb_next = tb
except ValueError as err:
    print("ValueError", err)
try:
    tb.tb_next = 3
except TypeError as err:
    print("TypeError", err)
try:
    del tb.tb_next
except TypeError as err:
    print("TypeError", err)
try:
    tb.tb_lineno = 5
except AttributeError as err:
    print("AttributeError", err)
