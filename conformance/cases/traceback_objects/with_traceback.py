import traceback


def inner():
    raise ValueError("deep")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    saved = e.__traceback__

try:
    raise RuntimeError("r").with_traceback(saved)
except RuntimeError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])

try:
    outer()
except ValueError as e:
    try:
        raise e.with_traceback(None)
    except ValueError as e2:
        print(e2 is e, [fs.lineno for fs in traceback.extract_tb(e2.__traceback__)])
