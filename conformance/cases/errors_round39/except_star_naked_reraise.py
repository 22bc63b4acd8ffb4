# A naked exception caught by except* is wrapped in a new group that has no
# traceback of its own: re-raised, it shows only the frames it goes on to
# leave, while the wrapped exception keeps where it was raised.
def check():
    try:
        raise ValueError("naked")
    except* ValueError as group:
        print(group.__traceback__, group.exceptions[0].__traceback__ is not None)


check()


def reraise():
    try:
        raise KeyError("inner")
    except* KeyError:
        raise


def caller():
    reraise()


caller()
