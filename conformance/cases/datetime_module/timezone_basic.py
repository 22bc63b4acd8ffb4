# Fixed-offset time zones: repr, names, offsets, astimezone.
from datetime import datetime, timedelta, timezone, tzinfo, UTC

est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
for tz in [timezone.utc, UTC, est, ist, timezone(timedelta(0)), timezone(timedelta(0), "Z"),
           timezone(timedelta(hours=-3, minutes=-30)), timezone(timedelta(seconds=1)),
           timezone(timedelta(microseconds=-1)), timezone.min, timezone.max]:
    print(repr(tz), "|", str(tz), "|", tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone.utc is UTC, timezone(timedelta(0)) is timezone.utc, isinstance(est, tzinfo))
print(est == timezone(timedelta(hours=-5)), est == ist, hash(est) == hash(timezone(timedelta(hours=-5))))
dt = datetime(2024, 5, 1, 13, 45, tzinfo=est)
print(dt, repr(dt), dt.utcoffset(), dt.tzname(), dt.dst(), dt.timestamp())
print(dt.astimezone(timezone.utc), dt.astimezone(ist), repr(dt.astimezone(ist)))
print(dt.astimezone(est) is dt, dt.isoformat(), dt.timetz(), repr(dt.timetz()))
print(datetime(2024, 5, 1, tzinfo=timezone(timedelta(hours=1, seconds=30))).isoformat())
print(datetime(2024, 5, 1, tzinfo=timezone(timedelta(hours=1, microseconds=30))).isoformat())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, est))
print(datetime.utcfromtimestamp(1700000000), repr(datetime.utcfromtimestamp(86399.9999995)))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, tzinfo=UTC).timestamp())
for f in [lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(hours=-24)),
          lambda: timezone(5), lambda: timezone(timedelta(0), 5), lambda: est.utcoffset(5),
          lambda: dt.astimezone(5), lambda: est.fromutc(datetime(2024, 1, 1)),
          lambda: est.fromutc(5)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
