# Every common strftime directive, as glibc's C locale gives them.
from datetime import date, datetime, time, timezone, timedelta

dts = [datetime(2024, 1, 31, 13, 45, 5, 123), datetime(2023, 12, 31, 0, 0),
       datetime(2024, 7, 4, 12, 30), datetime(5, 3, 9, 23, 59, 59, 999999),
       datetime(2021, 1, 3, 9, 7, 1), datetime(2024, 2, 29, 11, 59)]
directives = "aAbBcdefGgHIjklmMnpPrRSTtuUVwWxXyYzZ%hCDF"
for dt in dts:
    for c in directives:
        print(c, repr(dt.strftime("%" + c)))
    print(dt.strftime("%A %d %B %Y"), "|", dt.strftime("%Y-%m-%d %H:%M:%S.%f"))
    print(dt.strftime("%-d/%-m/%y %-I:%M %p"), "|", dt.strftime("%^a %^B %#p"))
d = date(2024, 1, 31)
print(d.strftime("%A %d %B %Y"), d.strftime("%H:%M:%S %f %z|%Z|"), d.strftime("%c | %x | %X"))
print(d.strftime(""), d.strftime("plain text"), d.strftime("100%%"), d.strftime("%Q %"))
print(format(d, "%d.%m.%Y"), format(d), f"{d:%b %d}", f"{d}", "{:%j}".format(d))
t = time(7, 8, 9, 10)
print(t.strftime("%H|%M|%S|%f|%p|%I|%Y-%m-%d|%z|%Z"), f"{t:%H.%M}", format(t))
aware = datetime(2024, 5, 1, 13, 45, tzinfo=timezone(timedelta(hours=-5), "EST"))
print(aware.strftime("%z %Z %H:%M"), f"{aware:%Y %z}")
odd = datetime(2024, 5, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15)))
print(odd.strftime("%z|%Z"), datetime(2024, 5, 1, tzinfo=timezone.utc).strftime("%z|%Z"))
try:
    d.strftime(5)
except TypeError as e:
    print(e)
