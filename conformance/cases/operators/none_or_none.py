# `|` between None and a type builds a union; None | None is a TypeError.
def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e)
show(lambda: None | int)
show(lambda: int | None)
show(lambda: None | None)
show(lambda: None | list[int])
show(lambda: None | (int | str))
show(lambda: None | 1)
show(lambda: int | 1)
show(lambda: None & None)
show(lambda: isinstance(None, int | None))
show(lambda: (int | None) == (None | int))
