# An aware datetime whose offset depends on fold (an ambiguous or missing
# local time) never compares equal to a datetime in another zone; ordering
# and same-zone equality are unaffected.
from datetime import datetime, timedelta, timezone, tzinfo


class ShiftingZone(tzinfo):
    """UTC-5, or UTC-4 between 02:00 on April 7 and 01:00 on October 27."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        start = datetime(dt.year, 4, 7, 2)
        end = datetime(dt.year, 10, 27, 1)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end:
            # The fold-ambiguous hour and the gap read fold to choose.
            return timedelta(0) if (naive < start + timedelta(hours=1)
                                    and dt.fold) else timedelta(hours=1)
        if end <= naive < end + timedelta(hours=1) and not dt.fold:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "SHIFT"


zone = ShiftingZone()
for args in [(2002, 10, 27, 1, 45), (2002, 4, 7, 2, 45), (2002, 1, 1, 12, 0),
             (2002, 6, 1, 12, 0)]:
    for fold in (0, 1):
        local = datetime(*args, tzinfo=zone, fold=fold)
        utc = local.astimezone(timezone.utc)
        print(args, fold, local.utcoffset(), utc,
              local == utc, utc == local, local != utc, utc != local,
              local <= utc, local >= utc, local < utc)
        same = datetime(*args, tzinfo=zone, fold=1 - fold)
        print("  same zone:", local == same, local != same)
