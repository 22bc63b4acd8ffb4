import functools
import time


def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = 0
    inc.reset = reset
    return inc


def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        wrapper.attempts = times
        return wrapper
    return deco


def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}({', '.join(parts)}) -> {result!r}")
        return result
    return wrapper


flaky_state = {"n": 0}


@retry(times=4, exceptions=(ConnectionError, TimeoutError))
def flaky(x):
    """Fails twice, then works."""
    flaky_state["n"] += 1
    if flaky_state["n"] < 3:
        raise ConnectionError(f"try {flaky_state['n']}")
    return x * 2


@log_calls
def add(a, b=0, *, scale=1):
    return (a + b) * scale


@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


c = counter()
print(c(), c(), c(5))
c.reset()
print(c(), c.__name__, c.__qualname__)
print(flaky(21), flaky.__name__, flaky.__doc__, flaky.attempts, flaky.__wrapped__.__name__)
add(1, 2)
add(3, scale=10)
add("a", b="b")
print(ways(80), ways.cache_info())
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
square = functools.partial(pow, exp=2)
print(square(7), functools.partial(int, base=2)("1011"), square.keywords)
print(functools.reduce(lambda acc, s: acc + len(s), ["ab", "cde", ""], 0))
flaky_state["n"] = -10
try:
    flaky(1)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
class Memo:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn, self.cache = fn, {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def slow_sq(n):
    "square"
    return n * n
print(slow_sq(9), slow_sq(9), slow_sq.cache, slow_sq.__doc__, slow_sq.__name__)
