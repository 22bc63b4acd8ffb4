# @contextmanager generators: exception handling inside, re-raising,
# swallowing, and the errors for misbehaving generators.
import contextlib


@contextlib.contextmanager
def catching(*types):
    try:
        yield
    except types as e:
        print(f"  caught {type(e).__name__}: {e}")


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


@contextlib.contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"converted {e}") from e


with catching(ZeroDivisionError):
    1 / 0
print("after suppressed")
try:
    with catching(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passed through:", e)
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with two_yields() as v:
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with converting():
        {}["k"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


@catching(ValueError)
def decorated(x):
    return int(x)


print(decorated("5"), decorated("five"))
cm = catching(TypeError)
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
