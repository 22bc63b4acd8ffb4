from contextlib import contextmanager, suppress, ExitStack, nullcontext
@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"</{name}>")
log = []
with tag("a", log) as A, tag("b", log) as B:
    log.append(A + B)
    raise KeyError("x")
print(log)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n, log)) for n in "xy"]
    stack.callback(lambda: print("callback ran"))
    print(names)
print(log[-4:])
with nullcontext(5) as v:
    print("null", v)
@contextmanager
def broken():
    yield
    yield
try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
