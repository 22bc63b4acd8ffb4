# A suspended generator keeps the exception its own except block handles,
# and when it handles none, shows the exception of whoever resumes it.
import sys


def name(exc_type):
    return None if exc_type is None else exc_type.__name__


def rethrowing():
    try:
        print("start", name(sys.exc_info()[0]))
        yield "first"
    except Exception as exc:
        print("caught", name(sys.exc_info()[0]), exc.__context__)
        yield "in handler"
        print("still handling", name(sys.exc_info()[0]))
        yield "again"
        raise


gen = rethrowing()
next(gen)
try:
    raise ValueError("thrown in")
except ValueError as err:
    try:
        # the generator catches the very exception its resumer handles
        print(gen.throw(err))
    except Exception as other:
        print("unexpected", other)
print("outside", name(sys.exc_info()[0]))
print(next(gen))
try:
    next(gen)
except ValueError as err:
    print("re-raised", type(err).__name__, err)


def leaves_handler():
    try:
        raise IndexError("own")
    except IndexError:
        yield 1
    print("after its handler", name(sys.exc_info()[0]))
    yield 2
    print("later", name(sys.exc_info()[0]))
    yield 3


gen = leaves_handler()
try:
    raise KeyError("first resumer")
except KeyError:
    print(next(gen), name(sys.exc_info()[0]))
try:
    raise TypeError("second resumer")
except TypeError:
    print(next(gen), name(sys.exc_info()[0]))
print(next(gen), name(sys.exc_info()[0]))


def nested_handlers():
    try:
        raise OSError("outer")
    except OSError:
        try:
            raise LookupError("inner")
        except LookupError:
            yield name(sys.exc_info()[0])
        yield name(sys.exc_info()[0])
    yield name(sys.exc_info()[0])


try:
    raise ZeroDivisionError
except ZeroDivisionError:
    print(list(nested_handlers()))
print(list(nested_handlers()))
