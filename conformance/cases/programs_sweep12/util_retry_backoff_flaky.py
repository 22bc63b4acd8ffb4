import functools


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def retry(times=3, base=0.5, factor=2.0, retry_on=(TransientError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = base
            for attempt in range(1, times + 1):
                try:
                    result = fn(*args, **kwargs)
                except retry_on as e:
                    if attempt == times:
                        print(f"  giving up after {attempt} attempts")
                        raise
                    print(f"  attempt {attempt} failed ({e}); sleeping {delay:.2f}s")
                    delay = min(delay * factor, 3.0)
                else:
                    print(f"  succeeded on attempt {attempt}")
                    return result
        wrapper.attempts = times
        return wrapper
    return deco


def flaky(failures, exc=TransientError):
    state = {"calls": 0}

    @retry(times=4)
    def call(x):
        """Call a remote service."""
        state["calls"] += 1
        if state["calls"] <= failures:
            raise exc(f"timeout #{state['calls']}")
        return x * 2
    return call, state


for failures in (0, 2, 5):
    call, state = flaky(failures)
    print(f"failures={failures}")
    try:
        print("  result", call(21))
    except TransientError as e:
        print("  TransientError:", e, "calls =", state["calls"])
call, state = flaky(1, PermanentError)
try:
    call(1)
except PermanentError as e:
    print("PermanentError not retried:", e, state)
print(call.__name__, call.__doc__, call.attempts, call.__wrapped__.__name__)
