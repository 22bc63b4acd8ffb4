from datetime import date, datetime, timedelta, time

start = date(2024, 1, 29)
for i in range(4):
    d = start + timedelta(days=i * 15)
    print(d, d.strftime("%a %d %b %Y"), d.weekday(), d.isoweekday(), d.isocalendar()[1])
print(date(2024, 3, 1) - date(2024, 2, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
dt = datetime(2023, 12, 31, 23, 59, 30)
print(dt + timedelta(seconds=45), dt.isoformat(), dt.replace(year=2020).date(), dt.time())
print(datetime.strptime("2021-07-04 12:30", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2020-02-29T01:02:03"))
td = timedelta(days=1, hours=25, minutes=-30)
print(td, td.total_seconds(), td.days, td.seconds, -td, abs(-td), td // 2, td / timedelta(hours=1))
print(repr(td), repr(date(2020, 1, 1)), repr(time(1, 2)), time(13, 5).strftime("%I:%M %p"))
print(date(2024, 2, 29).replace(day=1), date.fromordinal(738000), date(2024, 1, 1).toordinal())
print(sorted([date(2022, 5, 1), date(2021, 1, 1)]), max(dt, datetime(2024, 1, 1)))
for bad in [lambda: date(2023, 2, 29), lambda: datetime(2020, 1, 1, 24), lambda: date(2020, 1, 1) + 1,
            lambda: datetime.strptime("2020-13-01", "%Y-%m-%d"), lambda: timedelta(days=1) * 1.5j]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
