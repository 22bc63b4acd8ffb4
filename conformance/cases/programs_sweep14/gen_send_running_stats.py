# A send-driven coroutine keeping running statistics, primed by a decorator.
import functools


def primed(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@primed
def stats():
    count, total, lo, hi = 0, 0.0, None, None
    summary = None
    while True:
        value = yield summary
        if value is None:
            break
        count += 1
        total += value
        lo = value if lo is None else min(lo, value)
        hi = value if hi is None else max(hi, value)
        summary = {"n": count, "mean": round(total / count, 3), "min": lo, "max": hi}
    return f"done after {count}"


s = stats()
print(stats.__name__, stats.__wrapped__.__name__)
for v in [4, 8, 15, 16, 23, 42]:
    print(s.send(v))
try:
    s.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)
try:
    s.send(1)
except StopIteration as e:
    print("again:", repr(e.value))
fresh = stats.__wrapped__()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
