from contextlib import contextmanager
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled in cm", repr(e))
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("k")
print("continued")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("ValueError escaped", e)
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
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield
try:
    with yields_after_throw():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def swallow():
    try:
        yield
    except Exception as e:
        print("swallowed", type(e).__name__)
with swallow():
    raise ZeroDivisionError
print("after swallow")
@contextmanager
def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
try:
    with reraise_other():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, "cause:", repr(e.__cause__))
@contextmanager
def setup_fails():
    raise OSError("setup")
    yield
try:
    with setup_fails():
        print("never")
except OSError as e:
    print("OSError", e)
@contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration kept", e)
try:
    with passthrough():
        raise GeneratorExit
except GeneratorExit:
    print("GeneratorExit kept")
@contextmanager
def gen_cm():
    print("enter")
    yield
    print("exit")
@gen_cm()
def decorated():
    print("in decorated")
decorated()
decorated()
cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)
