# Struct sequences have no instance __dict__ (time.struct_time's two extra
# fields, tm_zone and tm_gmtoff, are read by name only), and refuse new
# attributes.
import sys
import time

for label, value in [("gmtime", time.gmtime(0)),
                     ("struct_time", time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))),
                     ("version_info", sys.version_info), ("float_info", sys.float_info),
                     ("int_info", sys.int_info)]:
    try:
        print(label, value.__dict__)
    except AttributeError as e:
        print(label, "AttributeError", e)
    print(label, hasattr(value, "__dict__"))
    try:
        value.foo = 1
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)
    try:
        print(vars(value))
    except TypeError as e:
        print(label, "TypeError", e)

t = time.gmtime(0)
print(t.tm_zone, t.tm_gmtoff, t[:3], len(t), tuple(t))
print(time.struct_time((1,) * 11).tm_zone, time.struct_time((1,) * 9, {"tm_zone": "X"}).tm_zone)
print(time.struct_time.tm_zone.__doc__, "|", time.struct_time.tm_gmtoff.__doc__)
for name in ("tm_zone", "tm_gmtoff", "tm_year"):
    try:
        setattr(t, name, 1)
    except AttributeError as e:
        print(name, "AttributeError", e)
print(t == time.gmtime(0), t.__reduce__())
