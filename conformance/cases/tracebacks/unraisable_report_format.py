# An exception a finalizer cannot raise is reported as PyErr_WriteUnraisable
# writes it: "Exception ignored in: <repr>", the exception's own traceback,
# then "Type: message", with no chained exceptions, no group members, no
# notes, and the ": " even for an empty message. (Each __del__ here is a
# callable object with its own repr, since a function's shows an address.)


class Releaser:
    def __init__(self, label, make_error):
        self.label = label
        self.make_error = make_error

    def __repr__(self):
        return f"<releaser {self.label}>"

    def __call__(self):
        raise self.make_error()


def chained():
    try:
        raise KeyError("handle")
    except KeyError:
        raise ValueError("cannot release handle")


def noted():
    e = OSError("flush failed")
    e.add_note("while closing the log")
    return e


class Quiet(Exception):
    pass


class Chained:
    __del__ = Releaser("chained", chained)


class Noted:
    __del__ = Releaser("noted", noted)


class Grouped:
    __del__ = Releaser("grouped", lambda: ExceptionGroup("batch", [ValueError(1), TypeError(2)]))


class Empty:
    __del__ = Releaser("empty", Quiet)


for cls in (Chained, Noted, Grouped, Empty):
    obj = cls()
    del obj
    print("released", cls.__name__)
raise RuntimeError("done")
