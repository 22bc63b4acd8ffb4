# What the time module offers: the pure functions work; the clock ones exist.
import time

for name in ["struct_time", "gmtime", "asctime", "strftime", "time", "sleep", "localtime",
             "mktime", "ctime", "monotonic", "perf_counter", "process_time", "time_ns"]:
    print(name, hasattr(time, name), callable(getattr(time, name)))
print(time._STRUCT_TM_ITEMS)
from time import gmtime, strftime, struct_time
print(strftime("%Y-%m-%d", gmtime(1234567890)), struct_time is type(gmtime(0)))
print(time.gmtime.__name__, time.strftime.__name__)
