# Subclasses of date, datetime and timedelta keep their type where CPython does.
from datetime import date, datetime, timedelta

class MyDate(date):
    def label(self):
        return "day %d" % self.toordinal()

class Stamp(datetime):
    pass

class Span(timedelta):
    pass

d = MyDate(2024, 1, 31)
print(repr(d), d, d.label(), type(d + timedelta(1)).__name__, repr(d + timedelta(1)))
print(type(d.replace(day=1)).__name__, type(MyDate.fromordinal(5)).__name__, repr(MyDate.fromisoformat("2024-02-02")))
print(d == date(2024, 1, 31), d - date(2024, 1, 1), isinstance(d, date))
s = Stamp(2024, 5, 1, 13, 45)
print(repr(s), s, type(s + timedelta(hours=1)).__name__, type(s - s).__name__)
print(repr(Stamp.strptime("2024", "%Y")), repr(Stamp.combine(date(2024, 1, 1), s.time())))
sp = Span(hours=1)
print(repr(sp), sp, type(sp + sp).__name__, type(-sp).__name__, type(sp * 2).__name__)
try:
    d < 5
except TypeError as e:
    print(e)
