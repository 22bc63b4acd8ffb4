# time.sleep() reads its argument as CPython's _PyTime_FromSecondsObject does
# (ROUND_TIMEOUT): a float (subclasses by value, never through __float__),
# anything else through __index__, refused when it does not fit in int64
# nanoseconds, NaN refused, negative refused after the conversion. A hostile
# argument (an __index__ that lies, returns a huge or non-int value) must get
# CPython's error, and the virtual clock must saturate, never wrap, after
# many huge sleeps: monotonic must never go backward.
import time


class FloatNoFloat(float):
    def __float__(self):
        raise RuntimeError("__float__ called")

    def __index__(self):
        raise RuntimeError("__index__ called")


class IntHugeIndex(int):
    def __index__(self):
        return 10**30


class Index:
    def __index__(self):
        return 0


class IndexNotInt:
    def __index__(self):
        return "x"


class FloatOnly:
    def __float__(self):
        return 0.0


class IndexHuge:
    def __index__(self):
        return 10**40


def attempt(x):
    try:
        print("ok", time.sleep(x))
    except BaseException as e:
        print(type(e).__name__, e)


for x in [FloatNoFloat(0.0), FloatNoFloat(-1.0), IntHugeIndex(0), IntHugeIndex(-1), Index(),
          IndexNotInt(), FloatOnly(), IndexHuge(), True, False, float("nan"), float("inf"),
          float("-inf"), -0.0, -1e-10, 1e-10, 9.3e9, 2**63 // 10**9 + 1,
          -(2**63 // 10**9), -(2**63 // 10**9) - 1, 10**100, -10**100, "1", None, 1j, b"",
          1e300, -1e300, 5e-324, -5e-324]:
    attempt(x)

# Saturate the clock: 2**63 ns do not fit, so each sleep adds just under it.
readings = [time.monotonic_ns()]
for _ in range(5):
    time.sleep(9.2e9)
    readings.append(time.monotonic_ns())
print(readings == sorted(readings), readings[-1] == 2**63 - 1)
for i in range(100):
    pass
print(time.monotonic_ns() == 2**63 - 1, time.perf_counter() == time.perf_counter())
print(time.process_time_ns() == time.thread_time_ns() == 2**63 - 1)
# expect-output: ok None
# expect-output: ValueError sleep length must be non-negative
# expect-output: ok None
# expect-output: ValueError sleep length must be non-negative
# expect-output: ok None
# expect-output: TypeError __index__ returned non-int (type str)
# expect-output: TypeError 'FloatOnly' object cannot be interpreted as an integer
# expect-output: OverflowError timestamp too large to convert to C _PyTime_t
# expect-output: ok None
# expect-output: ok None
# expect-output: ValueError Invalid value NaN (not a number)
# expect-output: OverflowError timestamp too large to convert to C _PyTime_t
# expect-output: OverflowError timestamp too large to convert to C _PyTime_t
# expect-output: ok None
# expect-output: ValueError sleep length must be non-negative
# expect-output: ok None
# expect-output: OverflowError timestamp too large to convert to C _PyTime_t
# expect-output: OverflowError timestamp too large to convert to C _PyTime_t
# expect-output: ValueError sleep length must be non-negative
# expect-output: OverflowError timestamp too large to convert to C _PyTime_t
# expect-output: OverflowError timestamp too large to convert to C _PyTime_t
# expect-output: OverflowError timestamp too large to convert to C _PyTime_t
# expect-output: TypeError 'str' object cannot be interpreted as an integer
# expect-output: TypeError 'NoneType' object cannot be interpreted as an integer
# expect-output: TypeError 'complex' object cannot be interpreted as an integer
# expect-output: TypeError 'bytes' object cannot be interpreted as an integer
# expect-output: OverflowError timestamp too large to convert to C _PyTime_t
# expect-output: OverflowError timestamp too large to convert to C _PyTime_t
# expect-output: ok None
# expect-output: ValueError sleep length must be non-negative
# expect-output: True True
# expect-output: True True
# expect-output: True
