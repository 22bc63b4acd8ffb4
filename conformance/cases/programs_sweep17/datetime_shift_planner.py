# Shift planner: datetime arithmetic across time zones, ISO parsing,
# strftime directives and timedelta formatting.
from datetime import date, datetime, time, timedelta, timezone
import calendar

IST = timezone(timedelta(hours=5, minutes=30), "IST")
NYC = timezone(timedelta(hours=-5))
ODD = timezone(timedelta(hours=-3, minutes=-30, seconds=-15))

print(repr(IST), str(IST), repr(NYC), str(NYC), str(ODD), repr(timezone.utc), str(timezone.utc))
print(IST.utcoffset(None), NYC.tzname(None), ODD.tzname(None))
start = datetime(2024, 2, 28, 22, 15, tzinfo=timezone.utc)
shifts = []
t = start
for i in range(5):
    end = t + timedelta(hours=9, minutes=45)
    shifts.append((t, end))
    t = end + timedelta(hours=14, minutes=30)
for s, e in shifts:
    print(s.isoformat(), "->", e.astimezone(IST).isoformat(timespec="minutes"),
          e.astimezone(NYC).strftime("%a %d %b %Y %I:%M %p %Z %z"), e - s)

for text in ["2024-03-10T08:00:00Z", "2024-03-10 08:00", "2024-03-10T08:00:00.5+05:30",
             "2024-03-10", "20240310T080000", "2024-W10-7", "2024-03-10T25:00"]:
    try:
        dt = datetime.fromisoformat(text)
        print(f"{text:30} {dt!r}")
    except ValueError as exc:
        print(f"{text:30} ValueError: {exc}")

deltas = [timedelta(days=-1, seconds=5), timedelta(hours=-1), timedelta(microseconds=-1),
          timedelta(days=400, hours=25, minutes=61), timedelta(weeks=1, milliseconds=1.5),
          timedelta(0), -timedelta(days=2, hours=3)]
for d in deltas:
    print(f"{str(d):>28} {d!r:50} {d.total_seconds()}")
print(timedelta(hours=10) / timedelta(minutes=45), timedelta(hours=10) // timedelta(minutes=45),
      timedelta(hours=10) % timedelta(minutes=45), timedelta(hours=1) * 1.5, timedelta(days=1) / 7,
      divmod(timedelta(hours=5), timedelta(hours=2)), abs(timedelta(days=-3)))
d = date(2024, 12, 30)
print(d.isocalendar(), d.isocalendar().week, d.isoweekday(), d.weekday(), d.toordinal(), d.timetuple().tm_yday)
print(date.fromisocalendar(2025, 1, 1), date.fromordinal(738000), date(2023, 1, 1).isocalendar())
print(d.strftime("%Y-%m-%d %j %U %W %u %w %y %B %b %A %a %%"), d.ctime())
dt = datetime(2024, 7, 4, 9, 5, 3, 120)
print(dt.strftime("%H:%M:%S.%f %I%p %-d" if False else "%H:%M:%S.%f %I%p %d/%m"), dt.time(), dt.date(), dt.timestamp() if False else "")
print(datetime.combine(d, time(23, 59, 59, 999999)), time(7, 0).isoformat(), time(7, 30, tzinfo=IST))
print(time(12, 0, 0, 500).isoformat("milliseconds"), datetime(2024, 1, 1).isoformat(sep=" "))
print(dt.replace(year=2025, microsecond=0), dt.replace(tzinfo=NYC).utcoffset(), dt + timedelta(days=-365))
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as exc:
    print("TypeError:", exc)
try:
    datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as exc:
    print("TypeError:", exc)
print(datetime(2024, 1, 1, tzinfo=IST) == datetime(2023, 12, 31, 18, 30, tzinfo=timezone.utc))
try:
    date(2023, 2, 29)
except ValueError as exc:
    print("ValueError:", exc)
try:
    date.max + timedelta(days=1)
except OverflowError as exc:
    print("OverflowError:", exc)
print(datetime.strptime("03/Mar/2024:14:02:09 +0100", "%d/%b/%Y:%H:%M:%S %z"))
print(datetime.strptime("2024-060", "%Y-%j").date(), datetime.strptime("9:5 PM", "%I:%M %p").time())
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as exc:
    print("ValueError:", exc)
try:
    datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as exc:
    print("ValueError:", exc)
print(calendar.monthrange(2024, 2), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.day_name[0])
print(calendar.month(2024, 2))
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 9)]), max(time(1), time(0, 59)))
print(date(2024, 3, 1) - date(2024, 2, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days, repr(date.min), date.resolution)
print(f"{dt:%Y/%m/%d} {d:%d.%m.%y} {dt!r} {time(1, 2)!r} {dt:}")
