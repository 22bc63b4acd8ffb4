# The interval clocks and sleep(): types, monotonicity, the relation between
# the float and nanosecond forms, and sleep's argument checks.
import time

clocks = [(time.perf_counter, time.perf_counter_ns), (time.monotonic, time.monotonic_ns),
          (time.process_time, time.process_time_ns), (time.thread_time, time.thread_time_ns)]
for seconds, nanoseconds in clocks:
    a = seconds()
    b = nanoseconds()
    total = sum(i * i for i in range(20000))
    c = seconds()
    d = nanoseconds()
    print(seconds.__name__, type(a).__name__, type(b).__name__, c >= a, d >= b, total)

start = time.monotonic()
print(time.sleep(0.01), time.sleep(0), time.sleep(False))
print(time.monotonic() - start >= 0.01)

for bad in [-1, -0.5, 1e20, float("nan"), float("inf"), float("-inf"), "1", None, 2 ** 70,
            [1], 1j]:
    try:
        time.sleep(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)

for call in [lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(secs=1),
             lambda: time.perf_counter(1), lambda: time.monotonic_ns(x=1),
             lambda: time.get_clock_info(), lambda: time.get_clock_info("nope"),
             lambda: time.get_clock_info("a", "b"), lambda: time.get_clock_info(name="time"),
             lambda: time.get_clock_info(3), lambda: time.get_clock_info(None),
             lambda: time.get_clock_info(b"monotonic")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for name in ["monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, type(info.resolution).__name__,
          type(info.implementation).__name__)

print(time.perf_counter.__name__, time.sleep.__name__, time.get_clock_info.__name__)
print(repr(time.monotonic).startswith("<built-in function monotonic"))


class Stopwatch:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


with Stopwatch() as watch:
    words = sorted(str(i) for i in range(5000))
print(len(words), watch.elapsed >= 0, isinstance(watch.elapsed, float))
