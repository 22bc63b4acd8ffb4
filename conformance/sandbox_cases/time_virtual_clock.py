# moat policy: the interval clocks read the virtual clock, a nominal 10 ns
# per instruction the script runs (docs/SECURITY.md), so the same program
# reads the same times on every run; sleep() moves the clock on at once.
import time

print(time.get_clock_info("monotonic").implementation)
a = time.monotonic_ns()
b = time.monotonic_ns()
print((b - a) % 10 == 0, 0 < b - a < 1000)
before = time.perf_counter_ns()
time.sleep(1.5)
slept = time.perf_counter_ns() - before - 1_500_000_000
print(slept % 10 == 0, 0 < slept < 1000)
time.sleep(1e-9)
time.sleep(0.3e-9)  # rounded up to one nanosecond, as CPython rounds a timeout


def work():
    start = time.process_time_ns()
    squares = [i * i for i in range(1000)]
    return time.process_time_ns() - start, len(squares)


print(work() == work())
# The float forms are the nanosecond count in seconds.
ns = time.thread_time_ns()
print(time.thread_time() - ns / 1e9 < 1e-3)
