# gmtime's argument errors and range limits, as CPython on Linux.
import time

bad = ["x", 1 + 2j, [1], float("nan"), float("inf"), float("-inf"), 1e20, -1e20,
       2 ** 63, -2 ** 63 - 1, 2 ** 100, 10 ** 18, -2 ** 63, 2.0 ** 63]
for v in bad:
    try:
        print(time.gmtime(v))
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
try:
    time.gmtime(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    time.gmtime(secs=5)
except TypeError as e:
    print("TypeError", e)
