# moat policy: the local zone's values (and strptime, which reads them) are
# withheld from time: reading one is an AttributeError, importing one an
# ImportError that names the refusal.
import time

for name in ["timezone", "altzone", "daylight", "tzname", "strptime", "clock_gettime",
             "CLOCK_MONOTONIC"]:
    try:
        getattr(time, name)
        print(name, "reachable")
    except AttributeError as e:
        print(e)
print(hasattr(time, "tzname"), hasattr(time, "gmtime"))
try:
    from time import tzname
except ImportError as e:
    print(type(e).__name__, e)
