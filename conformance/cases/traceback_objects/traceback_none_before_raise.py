e = ValueError("x")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_lineno)
print(ValueError().with_traceback(None).__traceback__)
