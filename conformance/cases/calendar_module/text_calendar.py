# The text layouts of month(), calendar() and TextCalendar.
import calendar

print(calendar.month(2024, 5))
print(calendar.month(2024, 2, 3, 2))
calendar.prmonth(2023, 12)
print(repr(calendar.month(2021, 2)))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 2))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9))
print(tc.firstweekday, list(tc.iterweekdays()))
tc.prmonth(2024, 3, w=4)
print(tc.formatyear(2025, m=4))
tc.pryear(2026, 2, 1, 3, 6)
print(tc.formatweekheader(4), "|", tc.formatmonthname(2024, 7, 30), "|", tc.formatday(7, 0, 4), "|")
