# date's methods called through the class on datetimes (and subclasses):
# they act on the date part, or dispatch to the instance's isoformat.
from datetime import date, datetime, timezone, timedelta

dt = datetime(2020, 1, 1, 5, 6, 7)
aware = datetime(2021, 12, 31, 23, 59, 59, 123, tzinfo=timezone(timedelta(hours=2)))
print(date.isoformat(dt))
print(date.isoformat(aware))
print(date.__str__(dt))
print(date.__str__(aware))
print(datetime.isoformat(dt), str(dt), str(aware))
print(date.ctime(dt), date.timetuple(dt)[:6])


class Stamp(datetime):
    def isoformat(self, sep="T", timespec="auto"):
        return "stamp:" + super().isoformat(sep, timespec)


s = Stamp(2022, 2, 3, 4, 5)
print(date.isoformat(s))
print(date.__str__(s))
print(str(s), s.isoformat(" "))


class Day(date):
    def isoformat(self):
        return "day:" + super().isoformat()


d = Day(2023, 4, 5)
print(str(d), d.isoformat(), date.isoformat(d), format(d, ""))
print(date.isoformat(date(1, 1, 1)), date.isoformat(date.max))
try:
    date.isoformat(5)
except TypeError as e:
    print(e)
