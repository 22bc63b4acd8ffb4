# moat policy: the time module reads no host clock; what reads the wall
# clock or the local time zone raises NotImplementedError saying so (the
# interval clocks run on the virtual clock: time_virtual_clock.py).
import time

for f in [time.time, time.time_ns, lambda: time.localtime(0),
          lambda: time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)), lambda: time.ctime(0),
          time.tzset, lambda: time.get_clock_info("time"), time.gmtime,
          lambda: time.gmtime(None), time.asctime, lambda: time.strftime("%H:%M"),
          lambda: time.strftime("%s", (2024, 1, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.strftime("%Z", (2024, 1, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        f()
    except NotImplementedError as e:
        print(str(e))
# Pure computation stays available.
print(time.gmtime(0), time.strftime("%Y-%m-%d %Z", time.gmtime(0)))
print(repr(time.strftime("%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, -1))))
