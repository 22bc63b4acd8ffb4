# Retrying an operation that fails a few times.
attempts = {"count": 0}


def flaky():
    attempts["count"] += 1
    if attempts["count"] < 3:
        raise ConnectionError(f"attempt {attempts['count']} failed")
    return "connected"


def with_retries(func, tries):
    last = None
    for i in range(tries):
        try:
            return func()
        except ConnectionError as e:
            print("retry after:", e)
            last = e
    raise RuntimeError(f"gave up after {tries} tries") from last


print(with_retries(flaky, 5))
attempts["count"] = -10
try:
    with_retries(flaky, 2)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))
print(issubclass(ConnectionError, OSError))
