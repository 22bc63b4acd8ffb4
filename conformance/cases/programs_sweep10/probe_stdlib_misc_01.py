from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 2, 29)
print(d + timedelta(days=365), d.isoformat(), d.strftime("%A %d %B %Y %j %U %w %a %b %y"), d.weekday(), d.isoweekday(), d.isocalendar(), d.replace(year=2023, day=28), d.toordinal(), date.fromisoformat("2020-01-05"))
from datetime import date, datetime, timedelta, time, timezone
dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.strftime("%H:%M:%S.%f %p %I"), dt.time(), dt.date(), dt.timestamp() if False else "", dt.isoformat(sep=" ", timespec="minutes"), datetime.fromisoformat("2024-01-02T03:04:05+01:00"))
print(timedelta(days=-1, seconds=5), timedelta(hours=25, microseconds=1), repr(timedelta(minutes=90)), timedelta(weeks=1) / timedelta(days=2), timedelta(days=1) // 7, -timedelta(seconds=1), abs(timedelta(-2)), timedelta(seconds=3661).total_seconds())
from datetime import datetime, timezone, timedelta
tz = timezone(timedelta(hours=-5), "EST")
dt = datetime(2024, 1, 1, 12, tzinfo=tz)
print(dt, dt.utcoffset(), dt.tzname(), dt.astimezone(timezone.utc), repr(timezone.utc), dt.strftime("%z %Z"), datetime(2024, 1, 1, tzinfo=timezone.utc) - dt)
from datetime import datetime
datetime(2024, 1, 1) - datetime(2024, 1, 1).astimezone() if False else datetime(2024,1,1) < date(2024,1,1) if False else print(datetime(2024, 1, 1) == 5, sorted([datetime(2024, 5, 1), datetime(2023, 1, 1)]))
import calendar
print(calendar.month(2024, 2), calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.month_name[3], list(calendar.day_abbr))
print(calendar.Calendar(firstweekday=6).monthdayscalendar(2024, 3)[:2])
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2), random.randrange(0, 100, 7))
l = list(range(10)); random.shuffle(l); print(l, random.choices("abc", weights=[1, 0, 5], k=5), random.getrandbits(20), random.gauss(0, 1))
