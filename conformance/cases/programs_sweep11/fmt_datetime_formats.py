from datetime import datetime, date, time, timedelta

d = datetime(2024, 3, 5, 14, 7, 9, 123456)
for spec in ["%Y-%m-%d", "%d/%m/%y", "%A %B %d", "%a %b %e" if False else "%a %b %d", "%H:%M:%S.%f", "%I:%M %p", "%j", "%U %W",
             "%c" if False else "%Y%m%dT%H%M%S", "%%Y literal", "%G-W%V-%u"]:
    print(f"{spec:<18} {d.strftime(spec)}")
print(f"{d:%Y/%m/%d}", f"{d.date():%d %b %Y}", f"{d.time():%H.%M}", format(d, "%H"), "{:%B}".format(d))
print(d.isoformat(), d.isoformat(sep=" ", timespec="minutes"), d.date().isoformat(), d.time().isoformat("seconds"))
print(str(d), repr(d.date()), str(time(9, 5)), str(timedelta(hours=36, seconds=5)), d.ctime())
print(datetime.strptime("05 March 2024 2:07PM", "%d %B %Y %I:%M%p"), date(2024, 1, 1).strftime("%A %d"))
for s, f in [("2024-02-30", "%Y-%m-%d"), ("24:00", "%H:%M"), ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
