# datetime construction, checks, repr/str/isoformat and accessors.
from datetime import datetime, date, time, timedelta, timezone

dts = [datetime(2024, 5, 1), datetime(2024, 5, 1, 13, 45), datetime(2024, 5, 1, 13, 45, 7),
       datetime(2024, 5, 1, 13, 45, 7, 50), datetime(2024, 5, 1, 0, 0, 0, 1),
       datetime(2024, 5, 1, 1, 2, 3, tzinfo=timezone.utc),
       datetime(2024, 5, 1, fold=1), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999)]
for dt in dts:
    print(repr(dt), "|", dt, "|", dt.isoformat())
dt = datetime(2024, 5, 1, 13, 45, 7, 50)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), dt.isoformat(" ", spec), datetime(2024, 5, 1).isoformat(timespec=spec))
print(dt.isoformat("_"), dt.isoformat(sep="x"))
print(dt.date(), dt.time(), repr(dt.date()), repr(dt.time()), repr(dt.timetz()))
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal(), dt.ctime())
print(datetime.min, datetime.max, datetime.resolution)
print(repr(datetime.min), repr(datetime.max))
print(datetime.combine(date(2024, 1, 2), time(3, 4)), repr(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2024, 1, 2), time(3, 4), tzinfo=timezone.utc)))
print(dt.replace(year=2000, microsecond=0), dt.replace(tzinfo=timezone.utc), dt.replace(hour=0, minute=0))
print(isinstance(dt, date), issubclass(datetime, date), type(dt).__name__)
bad = [dict(hour=24), dict(minute=60), dict(second=60), dict(microsecond=1000000),
       dict(hour=-1), dict(fold=2), dict(tzinfo=5), dict(tzinfo="UTC")]
for kw in bad:
    try:
        datetime(2024, 1, 1, **kw)
    except (ValueError, TypeError) as e:
        print(kw, type(e).__name__, e)
for args in [(2024, 2, 30), (2024, 1, 1, 1.5), (10000, 1, 1)]:
    try:
        datetime(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for f in [lambda: dt.isoformat(timespec="days"), lambda: dt.isoformat("ab"),
          lambda: dt.isoformat(5), lambda: datetime.combine(1, time()),
          lambda: datetime.combine(date(2024, 1, 1), 2), lambda: dt.replace(month=13)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
