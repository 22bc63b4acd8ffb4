import calendar
from datetime import date

events = {date(2024, 9, 2): "Labor Day", date(2024, 9, 13): "Fri 13th", date(2024, 9, 22): "Equinox", date(2024, 9, 30): "EOM"}
year, month = 2024, 9
cal = calendar.Calendar(firstweekday=6)
print(f"{calendar.month_name[month]} {year}".center(28))
print(" ".join(d[:3] for d in ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")))
for week in cal.monthdayscalendar(year, month):
    cells = []
    for day in week:
        if day == 0:
            cells.append("   ")
        else:
            mark = "*" if date(year, month, day) in events else " "
            cells.append(f"{day:>2}{mark}")
    print(" ".join(cells).rstrip())
for d, name in sorted(events.items()):
    print(f"{d:%a %d}: {name}")
print(calendar.monthrange(year, month), len(list(cal.itermonthdates(year, month))), calendar.firstweekday())
