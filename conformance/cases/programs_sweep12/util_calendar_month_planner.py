import calendar
from datetime import date, timedelta

events = {date(2024, 2, 14): "valentine", date(2024, 2, 29): "leap day", date(2024, 2, 5): "sprint start",
          date(2024, 2, 19): "sprint start", date(2024, 3, 1): "march!"}
cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2024, 2))
for week in calendar.Calendar(calendar.MONDAY).monthdatescalendar(2024, 2):
    marks = [f"{d.day:>2}{'*' if d in events else ' '}" if d.month == 2 else "   " for d in week]
    print(" ".join(marks))
for d in sorted(events):
    if d.month == 2:
        print(f"{d:%a %d}: {events[d]}")
print(calendar.monthrange(2024, 2), calendar.isleap(2024), calendar.weekheader(3))
first_mondays = [date(2024, m, 1) + timedelta(days=(7 - date(2024, m, 1).weekday()) % 7) for m in range(1, 13)]
print([d.strftime("%m-%d") for d in first_mondays])
print(calendar.month_name[2], list(calendar.day_abbr), calendar.firstweekday())
print(calendar.TextCalendar(calendar.SUNDAY).formatweekheader(2))
