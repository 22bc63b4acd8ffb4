import functools, random
class TransientError(Exception): pass
class PermanentError(Exception): pass
def retry(times=3, on=(TransientError,), base=0.1, factor=2.0, log=None):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = base
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on as e:
                    if attempt == times:
                        raise
                    log.append(f"{fn.__name__} attempt {attempt} failed ({e}); sleeping {delay:.2f}s")
                    delay *= factor
        wrapper.max_attempts = times
        return wrapper
    return deco
LOG = []
rng = random.Random(3)
calls = {"n": 0}
@retry(times=4, log=LOG)
def flaky_fetch(url):
    "fetch with random transient failures"
    calls["n"] += 1
    if rng.random() < 0.6:
        raise TransientError(f"timeout on {url}")
    return f"<{url} ok after {calls['n']} calls>"
@retry(times=2, log=LOG)
def broken():
    raise PermanentError("no such resource")
for u in ["a", "b", "c", "d"]:
    try:
        print(flaky_fetch(u))
    except TransientError as e:
        print("gave up:", e)
try:
    broken()
except PermanentError as e:
    print("permanent:", e)
print("\n".join(LOG))
print(flaky_fetch.__name__, flaky_fetch.__doc__, flaky_fetch.max_attempts, flaky_fetch.__wrapped__.__name__)
