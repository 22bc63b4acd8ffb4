from datetime import date, datetime, timedelta, time
import calendar


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return d.replace(year=year, month=month, day=day)


def business_days(start, end):
    days = 0
    cur = start
    while cur < end:
        if cur.weekday() < 5:
            days += 1
        cur += timedelta(days=1)
    return days


start = date(2024, 1, 31)
print([add_months(start, k).isoformat() for k in range(6)])
print(business_days(date(2024, 3, 1), date(2024, 4, 1)), "business days in March 2024")
meeting = datetime(2024, 3, 29, 16, 45)
slots = [meeting + timedelta(minutes=30 * i) for i in range(5)]
for s in slots:
    print(s.strftime("%a %d %b %Y %H:%M"), "| end", (s + timedelta(minutes=25)).time())
deadline = datetime(2024, 12, 24, 18, 0)
left = deadline - datetime(2024, 3, 1, 9, 30, 15)
print(left, "|", left.days, "days", left.seconds // 3600, "hours")
print(left.total_seconds(), timedelta(weeks=1, hours=-1), -timedelta(minutes=90))
print(date(2024, 2, 29).isocalendar(), date(2024, 12, 30).isocalendar().week)
print(date.fromisoformat("2023-10-05").strftime("%j %U %A %B"), date(2024, 1, 1).toordinal())
print(datetime.fromisoformat("2024-05-06T07:08:09").isoformat(sep=" ", timespec="minutes"))
print(time(9, 5).strftime("%I:%M %p"), time(23, 59, 59, 999).isoformat())
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 9)]))
print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.day_name[date(2024, 7, 4).weekday()])
print(datetime(2024, 1, 1) + timedelta(days=365.25), timedelta(seconds=1.5) * 3, timedelta(hours=5) / timedelta(minutes=45))
print(repr(timedelta(days=-1, seconds=5)), repr(date(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4)))
