# gen.throw() raises the exception as given: it is chained (__context__) only
# to the exception the generator itself is handling, never to the caller's;
# close() raises GeneratorExit in the caller, so that one is chained to the
# caller's exception.


def own_handler():
    try:
        raise KeyError("gen-active")
    except KeyError:
        try:
            yield
        except Exception as e:
            print("own handler:", repr(e.__context__))


it = own_handler()
next(it)
try:
    it.throw(ValueError("t1"))
except StopIteration:
    pass


def plain():
    yield


it = plain()
next(it)
try:
    raise IndexError("caller")
except IndexError:
    try:
        it.throw(ValueError("t2"))
    except ValueError as e:
        print("suspended, caller handling:", repr(e.__context__))

it = plain()
try:
    raise IndexError("caller")
except IndexError:
    try:
        it.throw(ValueError("t3"))
    except ValueError as e:
        print("not started, caller handling:", repr(e.__context__))


def catches_exit():
    try:
        yield
    except GeneratorExit as e:
        print("close:", repr(e.__context__))
        raise


it = catches_exit()
next(it)
try:
    raise IndexError("caller")
except IndexError:
    it.close()


def sub():
    try:
        yield
    except ValueError as e:
        print("yield from:", repr(e.__context__))


def delegate():
    try:
        raise KeyError("delegate-active")
    except KeyError:
        yield from sub()


it = delegate()
next(it)
try:
    it.throw(ValueError("t4"))
except StopIteration:
    pass


def worker():
    while True:
        try:
            yield
        except Exception as e:
            print("worker caught", repr(e), "context", repr(e.__context__))


w = worker()
next(w)
try:
    raise LookupError("L")
except LookupError:
    w.throw(ValueError("V"))
    w.throw(ValueError, "V2")
w.close()
