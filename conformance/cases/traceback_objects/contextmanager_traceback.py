import contextlib
import traceback


@contextlib.contextmanager
def managed():
    try:
        yield 1
    except ValueError as e:
        print("in gen", e.__traceback__ is not None)
        raise


def body():
    raise ValueError("v")


try:
    with managed():
        body()
except ValueError as e:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])


@contextlib.contextmanager
def passthrough():
    yield


try:
    with passthrough():
        body()
except ValueError as e:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])

with contextlib.suppress(KeyError):
    {}["k"]
print("suppressed")
