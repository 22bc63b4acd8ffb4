from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 1, 31)
print(d, d + timedelta(days=30), d.replace(day=29, month=2), d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.strftime("%A %d %B %Y | %a %b %j %U %W %y %m/%d"), d.ctime(), d.toordinal(), date.fromordinal(738000))
dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.isoformat(timespec="minutes"), dt.strftime("%I:%M:%S %p %f %H"), dt.date(), dt.time())
print(str(timedelta(days=-1, seconds=5)), timedelta(hours=25, minutes=61), repr(timedelta(weeks=1, milliseconds=1)), timedelta(seconds=-0.5))
print(timedelta(days=1) / timedelta(hours=5), timedelta(days=1) // timedelta(hours=5), timedelta(days=7) % timedelta(days=2), timedelta(minutes=90).total_seconds())
print(abs(timedelta(-3)), -timedelta(hours=1), timedelta(1) * 1.5, timedelta(3) / 2, timedelta.max, timedelta.min, timedelta.resolution)
print(datetime(2024, 12, 31, 23, 59) + timedelta(minutes=2), date(2024, 3, 1) - date(2023, 3, 1), date(2023, 3, 1) - date(2022, 3, 1))
print(datetime.fromisoformat("2024-02-29T08:30:00"), date.fromisoformat("2021-07-04"), datetime.strptime("03/04/21 17:20", "%d/%m/%y %H:%M"))
tz = timezone(timedelta(hours=-5), "EST")
a = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
print(a, a.astimezone(tz), a.astimezone(tz).strftime("%Z %z"), a.utcoffset(), a.tzname(), timezone(timedelta(hours=5, minutes=30)))
print(a == datetime(2024, 6, 1, 7, tzinfo=tz), a.timestamp(), datetime.fromtimestamp(0, timezone.utc))
try:
    a < datetime(2024, 6, 1)
except TypeError as e:
    print("TypeError", e)
for args in [(2023, 2, 29), (2024, 13, 1), (2024, 1, 0), (0, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    datetime.strptime("2024-99-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
try:
    datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
def month_add(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))
print([str(month_add(date(2024, 1, 31), k)) for k in range(-2, 5)])
start = datetime(2024, 3, 30, 9)
slots = [start + timedelta(hours=8 * i) for i in range(6)]
for s in slots:
    print(f"{s:%a %d %b %H:%M} {'weekend' if s.weekday() >= 5 else 'weekday':8} {s.isocalendar()[1]:>2}")
print(sorted([date(2024, 5, 1), date(2023, 12, 25), date(2024, 1, 1)]), max(slots) - min(slots))
print(time(9, 5), time(23, 59, 59, 999999).isoformat(), time(7, 0).strftime("%H:%M %p"), time.fromisoformat("10:11:12.5"), time(1) < time(2))
print(f"{dt:%Y-%m-%d}", "{:%H}".format(dt), format(d, ""), format(timedelta(1), ""), date.min, date.max, datetime.min)
print(date(2024, 1, 1) + timedelta(hours=36), (datetime(2024, 1, 1) - datetime(2023, 12, 31, 12)).seconds, dt.replace(microsecond=0) - dt)
print(dt.timetuple()[:6], dt.weekday(), datetime.combine(d, time(8)), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
