# date/datetime timetuple() and utctimetuple() are time.struct_time values.
import time
from datetime import date, datetime, timedelta, timezone, tzinfo

d = date(2024, 2, 29)
print(d.timetuple())
print(type(d.timetuple()).__name__, d.timetuple().tm_zone, d.timetuple().tm_gmtoff)
dt = datetime(2024, 12, 31, 23, 59, 58, 999999)
print(dt.timetuple(), dt.utctimetuple())
aware = datetime(2024, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=2)))
print(aware.timetuple())
print(aware.utctimetuple())
west = datetime(2024, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-5)))
print(west.utctimetuple())

class Summer(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)
    def dst(self, dt):
        return timedelta(hours=1) if dt.month in (6, 7, 8) else timedelta(0)
    def tzname(self, dt):
        return "S%"

print(datetime(2024, 7, 1, tzinfo=Summer()).timetuple().tm_isdst,
      datetime(2024, 1, 1, tzinfo=Summer()).timetuple().tm_isdst)
print(datetime(2024, 7, 1, 12, tzinfo=Summer()).utctimetuple())
print(datetime(2024, 7, 1, 12, tzinfo=Summer()).strftime("%Z|%z|%H"))
print(time.strftime("%Y-%m-%d %a %j", d.timetuple()), time.asctime(dt.timetuple()))
print(time.gmtime(0) == datetime(1970, 1, 1).utctimetuple())
try:
    datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1))).utctimetuple()
except OverflowError as e:
    print("OverflowError", e)
print(tuple(datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-1))).utctimetuple()))
