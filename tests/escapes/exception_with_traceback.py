# with_traceback() attaches a traceback, which still has no frame.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    # expect: AttributeError: 'tb_frame' is not available in the sandbox
    ValueError().with_traceback(tb).__traceback__.tb_frame
