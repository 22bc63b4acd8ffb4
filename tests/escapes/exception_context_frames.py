# __context__ and __cause__ are exceptions whose tracebacks carry no frames.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(type(e.__context__).__name__)
    # expect: AttributeError: 'tb_frame' is not available in the sandbox
    e.__context__.__traceback__.tb_frame
