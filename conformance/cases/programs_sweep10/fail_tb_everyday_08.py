try:
    1 / 0
except ZeroDivisionError:
    try:
        [][0]
    except IndexError:
        raise KeyError("x")
