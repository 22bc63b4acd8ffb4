from datetime import date, timedelta
import calendar

today = date(2024, 2, 14)
print(calendar.month(2024, 2))
first = today.replace(day=1)
last = first.replace(day=calendar.monthrange(today.year, today.month)[1])
workdays = [first + timedelta(d) for d in range((last - first).days + 1) if (first + timedelta(d)).weekday() < 5]
print(len(workdays), workdays[0], workdays[-1], calendar.day_name[workdays[-1].weekday()])


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))


for n in [1, 11, 12, -2, 24]:
    print(n, add_months(date(2024, 1, 31), n))
bday = date(1990, 7, 4)
age = today.year - bday.year - ((today.month, today.day) < (bday.month, bday.day))
print("age", age, (today - bday).days, bday.strftime("%A"), calendar.isleap(bday.year))
print([calendar.month_abbr[m] for m in range(1, 13) if calendar.monthrange(2024, m)[1] == 31])
