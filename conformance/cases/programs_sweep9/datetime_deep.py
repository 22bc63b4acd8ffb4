from datetime import datetime, date, time, timedelta, timezone
print(repr(timedelta(days=-1, seconds=5)), str(timedelta(days=-1, seconds=5)), timedelta(hours=-1), str(timedelta(microseconds=1500)), timedelta(days=1e-6))
print(timedelta(seconds=1) / timedelta(milliseconds=3), timedelta(days=7) // 2, timedelta(1) * 1.5, timedelta(hours=1) < timedelta(minutes=61), bool(timedelta()))
print(repr(datetime(2024, 1, 1)), repr(time()), repr(time(1, 2, 3, 4)), repr(date.min), date.max, datetime.min, time.max, timedelta.max, timedelta.resolution)
d1 = datetime(2024, 3, 31, 23, 59, 59)
print(d1 + timedelta(seconds=1), d1.replace(day=1) - timedelta(days=1), (d1 - datetime(2024, 1, 1)).total_seconds(), d1.toordinal(), d1.weekday())
print(d1.isocalendar(), d1.isocalendar().week, d1.timetuple()[:6], d1.ctime(), date(2024, 1, 1).ctime(), d1.strftime("%c | %x | %X"))
print(d1.strftime("%y %G-W%V-%u %w %%"), date(2021, 1, 3).strftime("%G %V %U %W"), format(d1, ""), str(d1.date()), d1.time())
print(datetime.fromisoformat("2024-02-29T12:00:00.500"), datetime.fromisoformat("2024-02-29 12:00"), time.fromisoformat("10:11:12.123"), date.fromisocalendar(2024, 1, 1))
t1 = datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=2)))
t2 = datetime(2024, 6, 1, 10, tzinfo=timezone.utc)
print(t1 == t2, t1 - t2, t1.isoformat(), t1.utcoffset(), t1.tzname(), repr(t1.tzinfo), t1.astimezone(timezone.utc), t1.timetz())
print(timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(minutes=90), "X"), repr(timezone(timedelta(0))), timezone.utc == timezone(timedelta(0)))
for bad in [lambda: datetime(2024, 1, 1) < t1, lambda: timedelta(days=1e10), lambda: date(1, 1, 1) - timedelta(days=1), lambda: time(25), lambda: datetime.fromisoformat("2024-13-01"),
            lambda: timezone(timedelta(hours=25)), lambda: date(2024, 1, 1) + 1, lambda: timedelta(1) + 1, lambda: datetime.strptime("31/02/2024", "%d/%m/%Y"), lambda: date.fromisoformat("2024-1-1")]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(datetime.strptime("Mon, 05 Feb 2024 07:08:09 PM", "%a, %d %b %Y %I:%M:%S %p"), datetime.strptime("2024-100", "%Y-%j"), datetime.strptime("5/6/24", "%d/%m/%y"))
print(sorted([time(5), time(1, 30), time(23)]), max(date(2020, 1, 1), date(2019, 12, 31)), date(2024, 5, 5).replace(year=2023), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
