import functools


def retry(times=3, exceptions=(Exception,), backoff=2.0, base=0.1, log=print):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = base
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    if attempt == times:
                        log(f"{fn.__name__}: giving up after {attempt} attempts ({e!r})")
                        raise
                    log(f"{fn.__name__}: attempt {attempt} failed ({e}); waiting {delay:.2f}s")
                    delay *= backoff
        wrapper.attempts = times
        return wrapper
    return deco


calls = {"n": 0}


@retry(times=4, exceptions=(ConnectionError,))
def flaky_fetch(url):
    """Fetch a URL, failing twice first."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise ConnectionError(f"reset by peer #{calls['n']}")
    return f"<html>{url}</html>"


@retry(times=2, exceptions=(ValueError,))
def always_bad():
    raise ValueError("bad input")


print(flaky_fetch("example.org"))
print(flaky_fetch.__name__, flaky_fetch.__doc__, flaky_fetch.attempts, flaky_fetch.__wrapped__.__name__)
try:
    always_bad()
except ValueError as e:
    print("final:", e)
