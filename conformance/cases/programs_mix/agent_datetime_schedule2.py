from datetime import date, datetime, timedelta, time, timezone
import calendar

start = date(2024, 1, 29)
print(start, start.isoformat(), start.weekday(), start.isoweekday(), start.strftime("%A %d %B %Y"))
print(start + timedelta(days=31), start - date(2023, 12, 25), (date(2024, 12, 25) - start).days)
def date_range(a, b, step=timedelta(days=1)):
    while a < b:
        yield a
        a += step
for d in date_range(date(2024, 2, 26), date(2024, 3, 3)):
    print(d.strftime("%a %m/%d"), end=" | ")
print()
dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.isoformat(timespec="seconds"), dt.strftime("%Y-%m-%d %H:%M:%S.%f %j %p %I"))
print(dt + timedelta(hours=12, minutes=70), dt.replace(year=2025, day=1), dt.date(), dt.time())
td = timedelta(days=2, hours=5, minutes=3, seconds=7.5)
print(td, repr(td), td.total_seconds(), td * 3, td / 2, td // timedelta(hours=1), -td, abs(-td))
print(timedelta(seconds=-1), timedelta(microseconds=1), timedelta(weeks=1, milliseconds=5))
print(datetime.strptime("2023-07-04 09:30", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2021-05-06T07:08:09"))
print(date.fromisoformat("2020-02-29") + timedelta(days=365), date(2020, 2, 29).replace(year=2024))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
utc = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), "EST")
print(utc, utc.astimezone(est), utc.astimezone(est).tzname(), repr(est), utc.timestamp())
print(datetime(2024, 1, 1) < datetime(2024, 1, 2), max(date(2024, 5, 1), date(2023, 12, 31)))
shifts = [(datetime(2024, 4, 1, 9), datetime(2024, 4, 1, 17, 30)),
          (datetime(2024, 4, 2, 22), datetime(2024, 4, 3, 6, 15))]
total = sum((b - a for a, b in shifts), timedelta())
print(total, f"{total.total_seconds() / 3600:.2f}h")
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.day_abbr[0])
print(calendar.month(2024, 2))
print(date(2024, 1, 1).isocalendar(), date.min, date.max, time(23, 59).isoformat(), time(7, 5, 3, 20))
print(sorted([date(2024, 3, 1), date(2023, 3, 1), date(2024, 1, 1)]), dt.timetuple()[:6], dt.toordinal())
print(f"{dt:%d.%m.%Y}", f"{date(2024, 7, 4):%b %-d}" if False else format(date(2024, 7, 4), "%b %d"))
