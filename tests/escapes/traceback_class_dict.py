# tb.__class__ is the type; its namespace and the tb's own are refused.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(tb.__class__ is type(tb))
try:
    tb.__dict__
except AttributeError as e:
    print("AttributeError")
try:
    tb.tb_frame = None
except AttributeError as e:
    print(e)
# expect-output: True
# expect-output: AttributeError
# expect-output: 'tb_frame' is not available in the sandbox
# expect: AttributeError: '__dict__' is not available in the sandbox
tb.__class__.__dict__["tb_frame"].__get__(tb)
