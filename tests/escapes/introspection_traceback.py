# A traceback object has no frame: tb_frame is refused.
try:
    1/0
except Exception as e:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
    # expect-output: traceback 3
    # expect: AttributeError: 'tb_frame' is not available in the sandbox
    print(e.__traceback__.tb_frame)
