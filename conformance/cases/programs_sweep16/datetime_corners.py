from datetime import datetime, date, time, timedelta, timezone
import datetime as dt

print(date(5, 1, 2).strftime("%Y|%y|%G"), date(999, 12, 31).isoformat(), datetime(1, 1, 1).strftime("%Y-%m-%d"))
print(datetime(2024, 1, 1, 9, 5, 3, 70).strftime("%f|%H%M%S|%-H" if False else "%f|%H%M%S"), datetime(2024, 1, 1).strftime("%z|%Z|"), datetime(2024, 1, 1, tzinfo=timezone.utc).strftime("%z|%Z"))
tz = timezone(timedelta(hours=-3, minutes=-30))
a = datetime(2024, 6, 1, 12, 0, tzinfo=tz)
print(a, a.strftime("%z %Z"), a.isoformat(), a.utcoffset(), a.tzname(), a.timetz(), a.astimezone(timezone.utc))
b = datetime(2024, 6, 1, 18, 0, tzinfo=timezone(timedelta(hours=2)))
print(b - a, a - b, a < b, a == b.astimezone(tz), (a - b).total_seconds())
print(timezone(timedelta(seconds=90)), timezone(timedelta(microseconds=1)).utcoffset(None), repr(timezone(timedelta(hours=1), "X")))
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError", e)
for td in [timedelta(days=-1, seconds=5), timedelta(microseconds=-1), timedelta(days=3, microseconds=5), timedelta(days=-2, hours=23), timedelta(hours=-1)]:
    print(str(td), repr(td), td.total_seconds())
print(timedelta(days=999999999), timedelta.min, (timedelta(days=1) * 0.1), timedelta(seconds=0.5) * 3, timedelta(microseconds=1) / 3, round(timedelta(seconds=1)/timedelta(microseconds=7)))
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OverflowError", e)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError", e)
try:
    timedelta(1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    date(2024, 2, 30)
except ValueError as e:
    print("ValueError", e)
try:
    time(24)
except ValueError as e:
    print("ValueError", e)
try:
    datetime(2024, 1, 1) + 1
except TypeError as e:
    print("TypeError", e)
try:
    date(2024, 1, 1) - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError", e)
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1))
print(datetime.fromisoformat("2024-01-02T03:04:05.678"), datetime.fromisoformat("2024-01-02T03:04:05.6789012" [:26]), time.fromisoformat("03:04:05+05:30"), time.fromisoformat("03:04"))
for s in ["2024-01-02T03", "2024-01-02T03:04:05,5", "20240102", "2024-W01-1", "2024-01-02 03:04:05.123+00:00"]:
    try:
        print(s, datetime.fromisoformat(s))
    except ValueError as e:
        print("ValueError", e)
print(date.fromisocalendar(2024, 1, 1), datetime.fromisocalendar(2020, 53, 7), date(2024, 12, 30).isocalendar(), date.fromisoformat("2024-06-07").ctime())
print(datetime(2024, 3, 5, 17, 4, 9).ctime(), datetime(2024, 3, 5).timetuple().tm_yday, datetime(2024, 3, 5).utctimetuple().tm_isdst)
print(format(datetime(2024, 3, 5), ""), format(date(2024, 3, 5), ""), format(time(1), ""), "{:%d.%m}".format(date(2024, 3, 5)), f"{time(13, 7):%I:%M %p}")
print(datetime.strptime("Monday 5 February 2024", "%A %d %B %Y"), datetime.strptime("24-2-5", "%y-%m-%d"), datetime.strptime("1700000000", "%s") if False else "")
print(datetime.strptime("2024 032", "%Y %j"), datetime.strptime("12:30:45.25", "%H:%M:%S.%f").time(), datetime.strptime("2024-01-01 +0000 UTC", "%Y-%m-%d %z %Z"))
try:
    datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
try:
    datetime.strptime("13", "%I")
except ValueError as e:
    print("ValueError", e)
print(sorted([datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2023, 12, 31, 23, tzinfo=tz)]))
print(datetime(2024, 1, 31) + timedelta(days=30), datetime(2024, 2, 29) - timedelta(days=365), date(2024, 2, 29).replace(year=2028))
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))
print([str(add_months(date(2024, 1, 31), k)) for k in range(-2, 6)])
print(dt.MINYEAR, dt.MAXYEAR, dt.UTC if hasattr(dt, "UTC") else "", time.min, time.max, time.resolution, datetime(2024,1,1).resolution)
print(hash(timedelta(1)) == hash(timedelta(hours=24)), timedelta(1) == timedelta(hours=24), bool(timedelta(0)), -timedelta(0))
print(datetime(2024, 5, 5, 5, 5, 5, 5).isoformat(timespec="auto"), datetime(2024, 5, 5).isoformat(timespec="seconds"), time(1, 2, 3, 456789).isoformat("microseconds"), time(1).isoformat("hours"))
try:
    datetime(2024, 1, 1).isoformat(timespec="bogus")
except ValueError as e:
    print("ValueError", e)
