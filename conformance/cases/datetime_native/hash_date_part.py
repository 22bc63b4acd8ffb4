# date.__hash__ of a datetime hashes the date part into the cache the
# datetime's own hash shares, as CPython's date_hash does: asked first, it
# becomes the datetime's hash; asked after, it answers the cached one.
from datetime import date, datetime, timedelta


class DT(datetime):
    pass


moments = [datetime(2024, 1, 1) + timedelta(hours=7 * i, microseconds=12345 * i)
           for i in range(12)]
for m in moments[:6]:
    fresh = datetime(m.year, m.month, m.day, m.hour, m.minute, m.second, m.microsecond)
    part = date.__hash__(fresh)
    print(part == hash(date(m.year, m.month, m.day)), hash(fresh) == part,
          hash(fresh) == hash(m))
    fresh = datetime(m.year, m.month, m.day, m.hour, m.minute, m.second, m.microsecond)
    whole = hash(fresh)
    print(date.__hash__(fresh) == whole, datetime.__hash__(fresh) == whole)
    sub = DT(m.year, m.month, m.day, m.hour, m.minute, m.second, m.microsecond)
    print(date.__hash__(sub) == hash(date(m.year, m.month, m.day)), hash(sub) == hash(m))
