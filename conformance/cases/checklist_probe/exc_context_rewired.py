try:
    1 / 0
except ZeroDivisionError as e:
    err = e
try:
    raise ValueError("second") from err
except ValueError as e2:
    try:
        raise TypeError("third")
    except TypeError as e3:
        e3.__cause__ = None
        e3.__suppress_context__ = False
        final = e3
raise final
