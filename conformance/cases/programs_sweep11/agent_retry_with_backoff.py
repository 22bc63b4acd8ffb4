class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def retry(attempts=3, base=0.5, factor=2.0, retry_on=(TransientError,)):
    def deco(fn):
        def wrapper(*args, **kwargs):
            delays = []
            for i in range(1, attempts + 1):
                try:
                    result = fn(*args, **kwargs)
                    return result, delays
                except retry_on as e:
                    if i == attempts:
                        raise RuntimeError(f"{fn.__name__} failed after {attempts} attempts") from e
                    delays.append(round(base * factor ** (i - 1), 3))
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco


def flaky(fail_times):
    state = {"n": 0}

    @retry(attempts=4)
    def call(x):
        state["n"] += 1
        if state["n"] <= fail_times:
            raise TransientError(f"try {state['n']}")
        if x < 0:
            raise PermanentError("negative input")
        return x * 10
    return call


print(flaky(0)(1))
print(flaky(2)(2))
try:
    flaky(5)(3)
except RuntimeError as e:
    print("RuntimeError", e, "<-", repr(e.__cause__))
try:
    flaky(1)(-1)
except PermanentError as e:
    print("PermanentError", e)
