from datetime import datetime, date, time, timedelta, timezone

start = datetime(2024, 2, 27, 22, 30)
for i in range(5):
    d = start + timedelta(days=i, hours=i * 7)
    print(d, d.isoformat(), d.strftime("%a %d %b %Y %I:%M %p %j %U %W %w"), d.weekday(), d.isoweekday())
print(date(2024, 2, 29).isocalendar(), date(2021, 1, 3).isocalendar().week, tuple(date(2024,12,30).isocalendar()))
td = timedelta(days=1, hours=25, minutes=-30, seconds=3.5, microseconds=7)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(-td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=5), td / timedelta(minutes=1))
print(timedelta(seconds=-1), timedelta(microseconds=-1), repr(timedelta(0)), timedelta(weeks=2, milliseconds=1500))
print(timedelta(hours=1) * 1.5, timedelta(days=1) / 7, divmod(timedelta(hours=10), timedelta(hours=3)))
print(date(2024, 3, 1) - date(2023, 3, 1), (date(2024, 3, 1) - timedelta(days=1)).day)
print(datetime.fromisoformat("2024-05-06T07:08:09.123456+02:00"), datetime.fromisoformat("2024-05-06 07:08"))
print(datetime.fromisoformat("2024-05-06"), date.fromisoformat("2024-05-06"), time.fromisoformat("07:08:09.5"))
print(repr(datetime.fromisoformat("2024-05-06T07:08:09Z".replace("Z", "+00:00"))))
try:
    datetime.fromisoformat("2024-13-01")
except ValueError as e:
    print("ValueError", e)
try:
    date.fromisoformat("2024/01/01")
except ValueError as e:
    print("ValueError", e)
tz = timezone(timedelta(hours=-5), "EST")
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(aware, aware.astimezone(tz), aware.astimezone(tz).tzname(), aware.utcoffset(), aware.timestamp())
print(aware.isoformat(timespec="minutes"), datetime(2024,1,1,1,2,3,400).isoformat(timespec="milliseconds"), aware.isoformat(sep=" "))
print(timezone(timedelta(hours=5, minutes=30)), repr(timezone.utc), timezone(-timedelta(minutes=90)).tzname(None))
try:
    aware - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError", e)
print(aware == datetime(2024, 1, 1, 12))
print(datetime.strptime("2024-07-04 15:30", "%Y-%m-%d %H:%M"), datetime.strptime("04/Jul/2024", "%d/%b/%Y").date())
print(datetime.strptime("3:05 PM", "%I:%M %p").time(), datetime.strptime("2024-07-04T01:02:03+0130", "%Y-%m-%dT%H:%M:%S%z"))
try:
    datetime.strptime("2024-02-30", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
try:
    datetime.strptime("x2024", "%Y")
except ValueError as e:
    print("ValueError", e)
d = datetime(2024, 1, 31, 10)
print(d.replace(day=1), d.replace(month=2, day=29), d.date(), d.time(), d.timetuple()[:6], d.toordinal())
try:
    d.replace(month=2)
except ValueError as e:
    print("ValueError", e)
print(date.fromordinal(738000), datetime.combine(date(2024, 1, 1), time(9, 30)), date(2024, 1, 1).replace(year=2025))
print(f"{d:%Y/%m/%d %H:%M}", format(d.date(), "%B %-d" if False else "%B %d"), "{:%H}".format(d))
print(sorted([date(2024, 1, 5), date(2023, 6, 1), date(2024, 1, 1)]), max(timedelta(1), timedelta(hours=30)))
print(time(23, 59, 59, 999999), time(1, 2).isoformat(), time(12, 0, tzinfo=timezone.utc), repr(time(1, 2, 3)))
print(date.min, date.max, datetime.min, timedelta.max, timedelta.resolution)
print(datetime(2024,3,10,2,30).strftime("%%|%y|%e|%D|%T|%R|%C|%h") )
print(datetime(2000,1,1).strftime("%c"), "|", datetime(2000,1,1).strftime("%x %X"))
print(repr(datetime(2024,1,1,0,0,0,5)), repr(date(1,1,1)), hash(date(2024,1,1)) == hash(date(2024,1,1)))
print(datetime.fromtimestamp(0, tz=timezone.utc), datetime.utcfromtimestamp(86400 * 365.25))
