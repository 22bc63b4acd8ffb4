# calendar's helpers: leap years, weekdays, month ranges and names.
import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2023))
print(calendar.leapdays(2000, 2025), calendar.leapdays(1900, 1901), calendar.leapdays(2024, 2024))
print(calendar.weekday(2024, 5, 17), calendar.weekday(1, 1, 1), calendar.weekday(10400, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2024, 12))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.month_name))
print(calendar.month_name[5], calendar.day_abbr[-1], calendar.month_abbr[1:4])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.monthcalendar(2024, 2))
print(calendar.timegm((2024, 5, 17, 12, 30, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)))
for f in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0),
          lambda: calendar.setfirstweekday(7), lambda: calendar.weekday(2024, 2, 30)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2), calendar.weekheader(3))
calendar.setfirstweekday(0)
print(calendar.weekheader(2), "|", calendar.weekheader(9), "|", calendar.weekheader(1))
