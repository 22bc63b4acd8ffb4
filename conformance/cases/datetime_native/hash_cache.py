# The hash of dates and naive datetimes is cached in the instance (as
# CPython's hashcode field), small or past the small-int range alike: the
# same value on every call, through hash(), __hash__() and dict lookups.
from datetime import date, datetime, timedelta, timezone


class D(date):
    pass


class DT(datetime):
    pass


days = [date(2000, 1, 1) + timedelta(days=37 * i) for i in range(12)]
for d in days:
    h = hash(d)
    print(d, h, hash(d) == h, d.__hash__() == h, date.__hash__(d) == h,
          hash(date(d.year, d.month, d.day)) == h, hash(D(d.year, d.month, d.day)) == h)

moments = [datetime(2024, 1, 1) + timedelta(hours=7 * i, microseconds=12345 * i)
           for i in range(12)]
for m in moments:
    h = hash(m)
    same = datetime(m.year, m.month, m.day, m.hour, m.minute, m.second, m.microsecond)
    print(m, h, hash(m) == h, m.__hash__() == h, hash(same) == h,
          hash(same.replace(fold=1)) == h, hash(DT(2024, 1, 1) + (m - datetime(2024, 1, 1))) == h)

# Aware datetimes hash as their UTC time; a naive one in a dict beside them.
utc = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
east = datetime(2024, 5, 6, 9, 8, 9, tzinfo=timezone(timedelta(hours=2)))
print(hash(utc) == hash(east), hash(utc) == hash(utc), len({utc, east, utc.replace(tzinfo=None)}))

# Dict keys made fresh on every lookup: each date is hashed once per object.
counts = {}
for i in range(3000):
    day = date.fromordinal(730120 + (i * 37) % 400)
    key = date(day.year, day.month, 1)
    counts[key] = counts.get(key, 0) + 1
print(len(counts), sorted(counts.items())[:3], max(counts.values()))
stamps = {datetime(2024, 1, 1, i % 24, i % 60, i % 7, i % 3): i for i in range(500)}
print(len(stamps), stamps[datetime(2024, 1, 1, 5, 5, 5, 2)],
      datetime(2024, 1, 1, 23, 59, 6, 2) in stamps)
print(hash(date.min), hash(date.max), hash(datetime.min), hash(datetime.max))
