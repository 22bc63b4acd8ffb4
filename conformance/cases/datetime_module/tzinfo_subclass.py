# User tzinfo subclasses: offsets, names, dst and conversions.
from datetime import datetime, time, timedelta, tzinfo, timezone

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.offset = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.offset
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return "Fixed(%r)" % self.name

class Summer(tzinfo):
    # +1 hour standard, +2 hours from April to September.
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        if dt is not None and 4 <= dt.month <= 9:
            return timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"

tok = Fixed(540, "JST")
dt = datetime(2024, 5, 1, 9, 0, tzinfo=tok)
print(dt, repr(dt), dt.tzname(), dt.utcoffset(), dt.dst(), dt.strftime("%H:%M %Z %z"))
print(dt.astimezone(timezone.utc), dt.astimezone(Fixed(-300, "EST")))
s = Summer()
for m in (1, 6):
    x = datetime(2024, m, 15, 12, tzinfo=s)
    print(x, x.tzname(), x.dst(), x.astimezone(timezone.utc), timezone.utc.fromutc(datetime(2024, m, 1, tzinfo=timezone.utc)))
print(datetime(2024, 6, 15, 10, tzinfo=timezone.utc).astimezone(s))
print(time(12, 0, tzinfo=tok), time(12, 0, tzinfo=tok).utcoffset(), time(12, tzinfo=tok).tzname())

class Bad(tzinfo):
    def utcoffset(self, dt):
        return 60

class Big(tzinfo):
    def utcoffset(self, dt):
        return timedelta(days=1)

class Empty(tzinfo):
    pass

for tz in [Bad(), Big(), Empty()]:
    try:
        print(datetime(2024, 1, 1, tzinfo=tz).utcoffset())
    except (TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
for f in [lambda: Empty().tzname(None), lambda: Empty().dst(None),
          lambda: datetime(2024, 1, 1, tzinfo=Empty()).isoformat()]:
    try:
        print(f())
    except NotImplementedError as e:
        print(type(e).__name__, e)
