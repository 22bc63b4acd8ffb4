# str(), isoformat() and strftime() of dates and datetimes, the common forms
# and the ones that need more than the digits: years below 1000, a format
# ending in '%', a NUL, non-ASCII text and separators, %z and %Z with and
# without a tzinfo, and format directives beyond the common ones.
from datetime import date, datetime, time, timedelta, timezone

moments = [datetime(2024, 7, 4, 9, 5, 3), datetime(2024, 7, 4, 21, 5, 3, 120),
           datetime(1, 1, 1), datetime(999, 12, 31, 23, 59, 59, 999999),
           datetime(9999, 12, 31, 12), datetime(2024, 7, 4, 0, 0, fold=1),
           datetime(2024, 7, 4, 12, tzinfo=timezone.utc),
           datetime(2024, 7, 4, 12, tzinfo=timezone(timedelta(hours=-5, minutes=-30), "X%Y"))]
formats = ["%Y-%m-%d %H:%M:%S", "%y%j %a %A %b %B", "%I:%M %p", "%f|%%|%z|%Z", "%Y", "",
           "plain", "100%", "%", "%Q", "%e %G %V %u %w %U %W %c %x %X %C %D %T %R %h %n %t",
           "%-d %_H %04Y", "d\u00e9j\u00e0 %d", "a\0b %Y", "%%Y %%%d", "%Ez %Oy"]
for m in moments:
    print(repr(m), str(m), m.isoformat(), m.isoformat(" "), m.isoformat(sep="\u00e9"))
    print("  ", m.isoformat(timespec="minutes"), m.date(), m.date().isoformat(), f"{m}",
          f"{m:%d.%m.%Y}")
    for f in formats:
        try:
            print("  ", repr(f), repr(m.strftime(f)), repr(m.date().strftime(f)))
        except (ValueError, UnicodeEncodeError) as e:
            print("  ", repr(f), type(e).__name__, e)
for bad in (None, 5, b"%Y"):
    try:
        date(2024, 1, 1).strftime(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        datetime(2024, 1, 1).strftime(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in (None, 5):
    try:
        date(2024, 1, 1).__format__(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        time(1).strftime(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in ("", "ab", 5):
    try:
        datetime(2024, 1, 1).isoformat(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    date(2024, 1, 1).isoformat("T")
except TypeError as e:
    print("TypeError:", e)
try:
    datetime(2024, 1, 1).strftime("\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
