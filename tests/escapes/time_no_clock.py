# The time module reads no host clock: every way to read the host's time or
# zone is refused (time(), localtime, the zone values, the argument-less
# gmtime/strftime/asctime, strftime's %s and a %Z that would name the host's
# zone, the wall clock's info), and its native type-name helper is gone.
# The interval clocks read the virtual clock instead, which counts the
# script's own instructions: sleep() does not wait, and two identical loops
# measure exactly the same time, so no host timing leaks in.
import time
probes = [time.time, time.time_ns, lambda: time.localtime(0), time.ctime,
          lambda: time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)), time.gmtime,
          lambda: time.gmtime(None), lambda: time.strftime("%Y"), time.asctime,
          lambda: time.strftime("%s", (2024, 1, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.strftime("%Z", (2024, 1, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.get_clock_info("time"), time.tzset]
refused = 0
for probe in probes:
    try:
        probe()
    except NotImplementedError:
        refused += 1
print(refused == len(probes))
for name in ["timezone", "altzone", "daylight", "tzname", "clock_gettime", "CLOCK_REALTIME",
             "strptime", "_set_type_name"]:
    print(hasattr(time, name))
from datetime import datetime
print(time.strftime("%Y", datetime(2024, 5, 1).timetuple()))


def measure():
    start = time.perf_counter_ns()
    text = ""
    for i in range(2000):
        text += str(i)
    return time.perf_counter_ns() - start


first, second = measure(), measure()
print(first == second, first > 0)
before = time.monotonic_ns()
time.sleep(3600)
print(time.monotonic_ns() - before >= 3600 * 10**9)
time.clock_gettime(0)
# expect-output: True
# expect-output: False
# expect-output: False
# expect-output: False
# expect-output: False
# expect-output: False
# expect-output: False
# expect-output: False
# expect-output: False
# expect-output: 2024
# expect-output: True True
# expect-output: True
# expect: AttributeError: 'time.clock_gettime' is not available in the sandbox
