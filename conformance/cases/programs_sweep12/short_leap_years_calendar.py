import calendar
from datetime import date

years = [1900, 2000, 2023, 2024, 2100, 2400]
print({y: calendar.isleap(y) for y in years})
fri13 = [date(y, m, 13) for y in (2024, 2025, 2026) for m in range(1, 13) if date(y, m, 13).weekday() == 4]
print([d.isoformat() for d in fri13])
for y in (2024, 2025):
    lengths = [calendar.monthrange(y, m)[1] for m in range(1, 13)]
    print(y, lengths, sum(lengths))
birthday = date(1990, 7, 15)
today = date(2024, 3, 1)
age = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
nxt = birthday.replace(year=today.year)
if nxt < today:
    nxt = nxt.replace(year=today.year + 1)
print("age", age, "next birthday in", (nxt - today).days, "days on a", calendar.day_name[nxt.weekday()])
print(date(2024, 12, 31).timetuple().tm_yday, date.fromordinal(739000), date.max, date.min)
