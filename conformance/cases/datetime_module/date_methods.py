# Ordinals, weekdays, ISO calendar, isoformat, ctime, replace.
from datetime import date

for d in [date(1, 1, 1), date(2024, 1, 31), date(2024, 2, 29), date(2023, 12, 31),
          date(2021, 1, 3), date(2020, 12, 31), date(2026, 1, 1), date(9999, 12, 31),
          date(2004, 12, 27), date(2005, 1, 2), date(2008, 12, 29), date(2010, 1, 3)]:
    print(d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(),
          d.isoformat(), d.ctime())
ic = date(2024, 1, 31).isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], tuple(ic), ic == (2024, 5, 3), len(ic))
y, w, wd = ic
print(y, w, wd)
print(date.fromordinal(1), date.fromordinal(738000), date.fromordinal(3652059))
for n in [0, -1, 3652060]:
    try:
        date.fromordinal(n)
    except ValueError as e:
        print(n, e)
for n in range(700000, 700000 + 1500, 37):
    assert date.fromordinal(n).toordinal() == n
d = date(2024, 1, 31)
print(d.replace(day=29), d.replace(year=2023, month=2, day=28), d.replace())
try:
    d.replace(month=2)
except ValueError as e:
    print(e)
print(date.fromisocalendar(2024, 5, 3), date.fromisocalendar(2020, 53, 7))
for args in [(2021, 53, 1), (2024, 0, 1), (2024, 1, 8)]:
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print(e)
print(str(date(5, 6, 7)), date(5, 6, 7).isoformat(), date(5, 6, 7).ctime())
