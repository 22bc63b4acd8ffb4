# getattr with the name as a string reaches the same refusal.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(getattr(tb, "tb_frame", "default"))
# expect-output: default
# expect: AttributeError: 'tb_frame' is not available in the sandbox
getattr(tb.tb_next or tb, "tb_frame").f_back
