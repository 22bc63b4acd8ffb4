import calendar

cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
print(cal.formatmonth(2024, 2))
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2023, 2))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
events = {3: "dentist", 14: "valentine", 29: "leap day"}
weeks = calendar.Calendar(firstweekday=6).monthdayscalendar(2024, 2)
print(" ".join(d[:2] for d in ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")))
for week in weeks:
    print(" ".join(("  " if d == 0 else f"{d:2}") + ("*" if d in events else " ") for d in week))
for d, what in events.items():
    print(f"Feb {d:2}: {what} ({calendar.day_abbr[calendar.weekday(2024, 2, d)]})")
print(list(calendar.month_abbr)[1:4], calendar.firstweekday())
