from datetime import date, datetime, timedelta, time, timezone
import calendar
d1 = date(2024, 2, 28)
for k in range(4):
    d = d1 + timedelta(days=k)
    print(d, d.isoformat(), d.strftime("%A %d %B %Y (%a %b %j %U %W)"), d.weekday(), d.isoweekday(), d.isocalendar())
birth = date(1990, 7, 15); today = date(2024, 3, 1)
age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
print("age", age, (today - birth).days, (today - birth), (today - birth) // 7, repr(today - birth))
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 3)
print(timedelta(0), timedelta(microseconds=1), timedelta(weeks=-1, seconds=1), timedelta(hours=-1) // timedelta(minutes=7))
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, dt + timedelta(seconds=45), dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"), dt.date(), dt.time(), dt.timestamp() if False else '')
print(dt.replace(year=2020, month=2, day=29), dt.isoformat(sep=' ', timespec='milliseconds'), dt.ctime())
print(datetime.strptime("2024-03-05 14:07", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2011-11-04T00:05:23"))
print(datetime.strptime("05/Mar/2024:01:02:03", "%d/%b/%Y:%H:%M:%S").strftime("%c"), date.fromisoformat("2024-12-25").toordinal())
print(date.fromordinal(738000), date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 1, 1), date(2019, 5, 5)))
tz = timezone(timedelta(hours=5, minutes=30))
aware = datetime(2024, 1, 1, 12, 0, tzinfo=tz)
print(aware, aware.utcoffset(), aware.tzname(), aware.astimezone(timezone.utc), timezone.utc, repr(tz))
print(time(9, 5), time(13, 45, 10, 500).isoformat(), time(23, 59).strftime("%I:%M %p"), repr(time(1, 2, 3)))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 3, 1))
print(calendar.month(2024, 2))
print(calendar.month_name[3], calendar.day_abbr[0], list(calendar.day_name)[:3], calendar.monthcalendar(2024, 2)[0])
print(calendar.TextCalendar(firstweekday=6).formatmonth(2023, 12))
def days_between(a, b):
    return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)
print(days_between("2000-01-01", "2024-03-01"), days_between("2024-03-01", "2023-03-01"))
sched = [datetime(2024, 5, 1, 9) + timedelta(minutes=45 * i) for i in range(6)]
for s in sched:
    print(f"{s:%H:%M} - {(s + timedelta(minutes=40)):%H:%M}  {s:%a}")
print(f"{dt:%Y/%m/%d}", format(d1, "%d.%m.%y"), "{:%B}".format(d1), str(d1), repr(d1), repr(dt))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    date(2024, 1, 1) + 1
except TypeError as e:
    print("TypeError:", e)
print((datetime(2024, 3, 10, 12) - datetime(2024, 3, 9, 13, 30)).seconds / 3600)
weeks = {}
for k in range(0, 60, 7):
    dd = date(2024, 1, 1) + timedelta(days=k)
    weeks.setdefault(dd.month, []).append(dd.day)
print(weeks)
