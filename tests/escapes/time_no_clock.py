# The time module has no clock: every way to read the host's time or zone is
# refused (time(), the counters, sleep, localtime, the zone values, the
# argument-less gmtime/strftime/asctime, strftime's %s and a %Z that would
# name the host's zone), and its native type-name helper is gone.
import time
probes = [time.time, time.time_ns, time.monotonic, time.perf_counter_ns, time.process_time,
          time.thread_time, lambda: time.sleep(0), lambda: time.localtime(0), time.ctime,
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
# expect: AttributeError: 'time.clock_gettime' is not available in the sandbox
