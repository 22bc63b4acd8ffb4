import functools
class TransientError(Exception): pass
class FatalError(Exception): pass
def retry(times=3, on=(TransientError,), log=print):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on as e:
                    last = e
                    log(f"{fn.__name__}: attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        wrapper.attempts = times
        return wrapper
    return deco
def flaky_factory(fail_times, exc=TransientError):
    state = {"n": 0}
    @retry(times=3)
    def flaky(x):
        """Sometimes fails."""
        state["n"] += 1
        if state["n"] <= fail_times:
            raise exc(f"call {state['n']}")
        return x * 2
    return flaky
f = flaky_factory(2)
print(f(21), f.__name__, f.__doc__, f.attempts, f.__wrapped__.__name__)
try:
    flaky_factory(5)(1)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| ctx is cause:", e.__context__ is e.__cause__)
try:
    flaky_factory(1, FatalError)(1)
except FatalError as e:
    print("fatal passed through:", e)
def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]
    inner.cache = cache
    return inner
@memo
def power(b, e=2): print("compute", b, e); return b ** e
print(power(3), power(3), power(3, e=3), power(e=3, b=3), len(power.cache))
try:
    power([1])
except TypeError as e:
    print(e)
