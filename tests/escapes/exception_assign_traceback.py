# __traceback__ takes only a traceback or None, and a planted traceback
# carries no frame either.
e = ValueError("x")
e.detail = 1
e.add_note("ok")
e.__traceback__ = None
try:
    e.__traceback__ = object()
except TypeError as err:
    print(err)
# expect-output: __traceback__ must be a traceback or None
try:
    raise KeyError
except KeyError as k:
    e.__traceback__ = k.__traceback__
# expect: AttributeError: 'tb_frame' is not available in the sandbox
e.__traceback__.tb_frame
