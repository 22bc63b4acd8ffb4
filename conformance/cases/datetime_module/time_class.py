# The time class: construction, isoformat, replace, comparisons.
from datetime import time, timedelta, timezone

for t in [time(), time(13, 45), time(13, 45, 7), time(13, 45, 7, 50), time(0, 0, 0, 1),
          time(23, 59, 59, 999999), time(1, 2, tzinfo=timezone.utc), time(1, fold=1),
          time(hour=5, second=3)]:
    print(repr(t), "|", t, "|", t.isoformat(), t.hour, t.minute, t.second, t.microsecond, t.fold)
t = time(13, 45, 7, 50)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(t.isoformat(spec), time(1).isoformat(timespec=spec))
print(t.replace(hour=1), t.replace(microsecond=0), t.replace(tzinfo=timezone.utc))
print(time.min, time.max, time.resolution, repr(time.min))
print(time(1) < time(2), time(1, 30) == time(1, 30, 0), time(1) != time(1, 0, 1), bool(time()))
print(sorted([time(5), time(1, 59), time(1, 2, 3)]))
est = timezone(timedelta(hours=-5))
print(time(12, tzinfo=est) > time(13, tzinfo=timezone.utc), time(17, tzinfo=timezone.utc) == time(12, tzinfo=est))
print(time(12) == time(12, tzinfo=timezone.utc), hash(time(1, 2)) == hash(time(1, 2)))
print(time(12, tzinfo=est).isoformat(), time(12, tzinfo=est).utcoffset(), time(12, tzinfo=est).tzname(), time(12).tzname())
for f in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 2, 60), lambda: time(1, 2, 3, -1),
          lambda: time(1, tzinfo=1), lambda: time(12) < time(12, tzinfo=timezone.utc),
          lambda: time(1) + timedelta(1), lambda: t.isoformat("x"), lambda: time("1"),
          lambda: time(1) < 5]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
