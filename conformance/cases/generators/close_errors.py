# What close() does with other exceptions: one raised while closing
# propagates with GeneratorExit as its context; a return value is dropped.
def bad_finally():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


g = bad_finally()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e, repr(e.__context__))


def returns():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


r = returns()
next(r)
print(r.close())


def inner():
    try:
        yield 1
    finally:
        raise KeyError("inner cleanup")


def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer got", repr(e))
        raise


o = outer()
next(o)
try:
    o.close()
except KeyError as e:
    print("KeyError", e)
print(next(o, "finished"))
