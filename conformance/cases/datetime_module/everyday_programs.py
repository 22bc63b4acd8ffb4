# Date arithmetic as tutorials and judge problems write it.
from datetime import date, datetime, timedelta

print(date(2024, 1, 31) + timedelta(days=30))
d = date(2024, 5, 17)
print(d.strftime("%A %d %B %Y"), d.weekday(), d.isoformat())
t = datetime.strptime("2024-05-01 13:45", "%Y-%m-%d %H:%M")
print(t, t.strftime("%I:%M %p on %b %d"))
birthday = date(1990, 7, 15)
ref = date(2024, 5, 17)
age = ref.year - birthday.year - ((ref.month, ref.day) < (birthday.month, birthday.day))
print("age", age, "days alive", (ref - birthday).days)
nxt = birthday.replace(year=ref.year)
if nxt < ref:
    nxt = nxt.replace(year=ref.year + 1)
print("next birthday in", (nxt - ref).days, "days, on a", nxt.strftime("%A"))

def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    last = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return d.replace(year=y, month=m, day=min(d.day, last))

for n in range(0, 14, 3):
    print(add_months(date(2024, 1, 31), n), end=" ")
print()
# Meetings every second Tuesday.
day = date(2024, 1, 1)
while day.weekday() != 1:
    day += timedelta(days=1)
print([str(day + timedelta(weeks=2 * i)) for i in range(4)])
# Durations.
log = [("09:15", "12:40"), ("13:30", "18:05"), ("22:00", "01:30")]
total = timedelta()
for a, b in log:
    start = datetime.strptime(a, "%H:%M")
    end = datetime.strptime(b, "%H:%M")
    if end < start:
        end += timedelta(days=1)
    total += end - start
print(total, total.total_seconds() / 3600, divmod(total, timedelta(hours=1)))
# Counting weekdays in a month.
counts = [0] * 7
day = date(2024, 2, 1)
while day.month == 2:
    counts[day.weekday()] += 1
    day += timedelta(1)
print(counts)
print(sorted([date(2024, 3, 1), date(2023, 3, 1), date(2024, 1, 15)], reverse=True))
print({date(2024, 1, 1): "new year"}[date.fromisoformat("2024-01-01")])
print(f"{datetime(2024, 5, 1, 9, 5):%Y/%m/%d %H:%M}", f"{timedelta(seconds=3725)}")
print(datetime(2024, 5, 1, 9, 5).time() < datetime(2024, 5, 1, 10).time())
