from contextlib import suppress, contextmanager, ExitStack, nullcontext


@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"swallowed {e}")
    finally:
        log.append(f"</{name}>")


log = []
with tag("a", log) as t:
    log.append(t)
with tag("b", log):
    {}["missing"]
print(log)
with suppress(ZeroDivisionError, ValueError):
    int("x")
    print("not reached")
print("after suppress")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n, log)) for n in "xyz"]
    stack.callback(print, "callback ran")
    print(names)
print(log[-6:])
with nullcontext(42) as v:
    print(v)


class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit args:", a[0].__name__, a[1])
        return True


with Swallow():
    raise LookupError("gone")
print("continued")
try:
    with tag("c", log):
        raise TypeError("nope")
except TypeError as e:
    print("TypeError", e, log[-1])
