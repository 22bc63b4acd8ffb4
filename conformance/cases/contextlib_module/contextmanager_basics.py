# @contextmanager: setup and teardown around the with block, the yielded
# value, exceptions thrown into the generator, suppression, and reuse as a
# decorator.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as t:
    print("inside", t)

with tag("outer"), tag("inner") as inner:
    print("nested", inner)

try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def ignoring(*kinds):
    try:
        yield
    except kinds as e:
        print("ignored", type(e).__name__, e)


with ignoring(KeyError, IndexError):
    {}["missing"]
print("after ignoring")
with ignoring(KeyError):
    print("no error")

try:
    with ignoring(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not ignored:", e)


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")


log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)


@tag("deco")
def decorated(x):
    print("running with", x)
    return x * 2


print(decorated(21))
print(decorated(1))


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def swallow_all():
    try:
        yield
    except Exception:
        pass


with swallow_all():
    raise StopIteration("stop")
print("StopIteration swallowed")

cm = tag("once")
print(type(cm).__name__, tag.__name__)
