# What leaves a try/except* whose handlers raise: in 3.11 the new
# exceptions are always wrapped in ExceptionGroup('', [...]), with the
# unhandled or re-raised rest of the caught group last.


def show(title, body):
    try:
        body()
    except BaseException as e:
        print(title, "->", repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                ctx = sub.__context__
                print("   ", repr(sub), "context:", repr(ctx), "cause:", repr(sub.__cause__))
    else:
        print(title, "-> nothing")


def one_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")


def raise_with_rest():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def two_handlers_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from VE")
    except* TypeError:
        raise IndexError("from TE")


def raise_and_reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("rt")


def raise_from():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        raise LookupError("looked") from eg


def naked_caught():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("replaces it")


def raise_group_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("inner", [TypeError(5)])


def handled_all():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass


for fn in [one_raise, raise_with_rest, two_handlers_raise, raise_and_reraise, raise_from,
           naked_caught, raise_group_in_handler, handled_all]:
    show(fn.__name__, fn)
