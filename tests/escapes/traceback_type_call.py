# type(tb)(tb_next, tb_frame, tb_lasti, tb_lineno) needs a frame: refused,
# whatever is passed; so is subclassing the type.
try:
    1 / 0
except ZeroDivisionError as e:
    T = type(e.__traceback__)
print(T.__name__)
try:
    class Sub(T):
        pass
except TypeError as e:
    print("subclass refused")
# expect-output: traceback
# expect-output: subclass refused
# expect: TypeError: creating 'traceback' objects is not available in the sandbox
T(None, None, 0, 1)
