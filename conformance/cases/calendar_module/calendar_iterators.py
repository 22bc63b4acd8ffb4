# Calendar's iterators and matrices.
import calendar
from datetime import date

cal = calendar.Calendar()
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 3))[:8])
print(list(cal.itermonthdays4(2024, 3))[-3:])
print(list(cal.itermonthdates(2024, 12))[-5:])
print(cal.monthdatescalendar(2024, 1)[0])
print(cal.monthdays2calendar(2024, 6)[-1])
print(cal.monthdayscalendar(2024, 6))
print(len(cal.yeardayscalendar(2024)), len(cal.yeardayscalendar(2024, 4)), cal.yeardays2calendar(2024, 6)[1][5][0])
print(cal.yeardatescalendar(2024, 2)[0][1][0])
sun = calendar.Calendar(firstweekday=6)
print(sun.getfirstweekday(), sun.monthdayscalendar(2024, 9))
sun.setfirstweekday(2)
print(sun.firstweekday, list(sun.iterweekdays()), sun.monthdayscalendar(2024, 9)[0])
cal.firstweekday = 9
print(cal.firstweekday, list(cal.itermonthdays(2024, 1))[:7])
print(date(2024, 1, 1) in cal.itermonthdates(2024, 1))
