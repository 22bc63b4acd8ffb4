def load(key):
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError(key) from ValueError("bad cache")
    except KeyError:
        raise TypeError("load failed")


load("k")
