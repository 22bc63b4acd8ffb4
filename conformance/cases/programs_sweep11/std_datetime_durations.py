from datetime import datetime, timedelta, date

shifts = [("2024-03-09 22:00", "2024-03-10 06:30"), ("2024-03-10 08:15", "2024-03-10 17:45"),
          ("2024-03-11 09:00", "2024-03-11 09:00")]
total = timedelta()
for a, b in shifts:
    s = datetime.strptime(a, "%Y-%m-%d %H:%M")
    e = datetime.strptime(b, "%Y-%m-%d %H:%M")
    d = e - s
    total += d
    h, rem = divmod(int(d.total_seconds()), 3600)
    print(f"{s:%a %H:%M} -> {e:%H:%M}: {h}h{rem // 60:02d}m", d)
print("total", total, total.total_seconds() / 3600)
print(timedelta(hours=-1), timedelta(seconds=0.5), timedelta(microseconds=1), timedelta(weeks=2, days=-1))
print(str(timedelta(days=-1, seconds=1)), timedelta(days=400) // timedelta(days=7), timedelta(3) % timedelta(hours=5))
d = date(2024, 12, 30)
print(d.isocalendar(), d.strftime("%j %U %W %y %B %A"), date.fromisoformat("2024-02-29").day)
print(datetime(2024, 1, 1, 12).strftime("%Y/%m/%d %I%p %%"), datetime(2000, 1, 1) < datetime(2000, 1, 1, 0, 0, 1))
print(datetime.combine(d, datetime.min.time()), date.max, date.min, timedelta.max.days, timedelta.resolution)
print(repr(datetime(2024, 5, 6, 7, 8, 9, 10)), repr(timedelta(days=1, seconds=2, microseconds=3)))
