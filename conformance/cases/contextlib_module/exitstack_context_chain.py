# ExitStack chains the exceptions its callbacks raise as nested with
# statements would: an exception raised after one was suppressed has no
# context, and each callback sees the traceback of the exception before it.
from contextlib import ExitStack


def raise_exc(exc):
    raise exc


def chain_of(exc):
    names = []
    while exc is not None:
        names.append(type(exc).__name__)
        exc = exc.__context__
    return names


seen = []


def suppress(*details):
    seen.append((details[0].__name__, type(details[1].__context__).__name__,
                 details[2] is not None))
    return True


def record(*details):
    seen.append((details[0].__name__ if details[0] else None,
                 details[2] is not None and details[2].tb_lineno > 0))


try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError)
        stack.push(record)
        stack.callback(raise_exc, KeyError)
        stack.callback(raise_exc, AttributeError)
        stack.push(suppress)
        stack.callback(raise_exc, ValueError)
        1 / 0
except IndexError as exc:
    print(chain_of(exc))
print(seen)

try:
    with ExitStack() as stack:
        stack.callback(raise_exc, KeyError)
        stack.push(suppress)
except KeyError as exc:
    print(chain_of(exc))

try:
    with ExitStack() as stack:
        stack.callback(raise_exc, KeyError)
        stack.callback(raise_exc, TypeError)
        raise OSError('body')
except KeyError as exc:
    print(chain_of(exc))

try:
    with ExitStack() as outer:
        with ExitStack() as inner:
            inner.callback(raise_exc, LookupError)
            outer.callback(raise_exc, NameError)
        raise RuntimeError
except NameError as exc:
    print(chain_of(exc))
