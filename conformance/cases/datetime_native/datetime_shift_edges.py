# datetime +/- timedelta where the time of day carries into the date: within
# a month, across month and year ends and leap days, by whole days, by
# microseconds, to the ends of the range and past them; the result's fold
# is 0 and its tzinfo is the datetime's.
from datetime import datetime, timedelta, timezone


class DT(datetime):
    pass


starts = [datetime(2024, 2, 28, 23, 59, 59, 999999), datetime(2023, 2, 28, 12),
          datetime(2023, 12, 31, 23, 30), datetime(2024, 1, 1, 0, 0, 0, 1),
          datetime(2000, 2, 29, 0, 0), datetime(1900, 2, 28, 18, 45, 30, 500000),
          datetime(2024, 3, 31, 1, 2, 3, 4)]
steps = [timedelta(microseconds=1), timedelta(microseconds=-1), timedelta(seconds=1),
         timedelta(minutes=30), timedelta(hours=12), timedelta(days=1),
         timedelta(days=-1), timedelta(hours=-25, microseconds=7), timedelta(days=30),
         timedelta(days=-366, seconds=86399, microseconds=999999), timedelta(weeks=520),
         timedelta(days=1, microseconds=-1)]
for s in starts:
    print(s, [str(s + t) for t in steps])
    print(s, [str(s - t) for t in steps])
    print(all(s + t - t == s and (s + t) - s == t for t in steps),
          all(t + s == s + t for t in steps))

t = datetime(2024, 10, 27, 1, 30, fold=1)
for r in (t + timedelta(0), t - timedelta(0), t + timedelta(hours=1), t - timedelta(days=3)):
    print(repr(r), r.fold)
zone = timezone(timedelta(hours=5, minutes=30), "IST")
for r in (datetime(2024, 12, 31, 23, tzinfo=zone) + timedelta(hours=1),
          datetime(2024, 1, 1, tzinfo=timezone.utc) - timedelta(microseconds=1)):
    print(repr(r), r.tzinfo is zone or r.tzinfo is timezone.utc)
print(repr(DT(2024, 2, 28, 23) + timedelta(hours=2)), repr(DT(2024, 3, 1) - timedelta(1)))

edges = [(datetime.max, timedelta(microseconds=1)), (datetime.max, timedelta(0)),
         (datetime.min, timedelta(microseconds=-1)), (datetime.min, timedelta(0)),
         (datetime(9999, 12, 31), timedelta(days=1)), (datetime(1, 1, 1, 12), timedelta(days=-1)),
         (datetime(9999, 12, 31, 23, 59), timedelta(minutes=1)),
         (datetime(2024, 1, 1), timedelta.max), (datetime(2024, 1, 1), timedelta.min),
         (datetime(1, 1, 2), timedelta(hours=-24)), (datetime(9999, 12, 30), timedelta(hours=47))]
for dt, delta in edges:
    for op, fn in (("+", lambda a, b: a + b), ("-", lambda a, b: a - b)):
        try:
            print(op, repr(fn(dt, delta)))
        except OverflowError as e:
            print(op, "OverflowError:", e)

# A scan in five-minute steps, as a cron loop does.
t, end, hits = datetime(2024, 2, 27), datetime(2024, 3, 3), 0
while t < end:
    hits += t.minute == 55 and t.hour == 23
    t += timedelta(minutes=5)
print(t, hits, t - datetime(2024, 2, 27))
